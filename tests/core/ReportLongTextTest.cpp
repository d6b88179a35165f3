// The longest texts a workbook accepts, each one unbroken word, in the PDF
// report: all of each is there, wrapped within the margins, on a sensible
// number of pages. (How long they take is measured in docs/performance.md.)
#include "ReportTestSupport.h"
#include "report/Report.h"
#include "report/ReportDocument.h"
#include "workbook/TextLimits.h"

#include <QImage>
#include <QPainter>

using namespace strongtrust;
using namespace strongtrust::test;

namespace {

constexpr char16_t kGreek = 0x03B1; // α to ψ
constexpr char16_t kCyrillic = 0x0430; // а to я
constexpr char16_t kArmenian = 0x0561; // ա to ֆ

// `n` letters of an alphabet (`letters` of them from `first`), with no
// space and no two stretches of 50 alike.
QString unbrokenWord(int n, char16_t first, int letters)
{
    QString s;
    s.reserve(n);
    quint32 x = first;
    for (int i = 0; i < n; ++i) {
        x = x * 1664525u + 1013904223u;
        s += QChar(char16_t(first + (x >> 16) % quint32(letters)));
    }
    return s;
}

// `n` characters of ordinary words (of 2 to 9 letters) and spaces.
QString ordinaryWords(int n)
{
    QString s;
    s.reserve(n);
    quint32 x = 7;
    while (s.size() < n) {
        x = x * 1664525u + 1013904223u;
        for (quint32 i = 0, len = 2 + (x >> 16) % 8; i < len; ++i)
            s += QChar(char16_t(u'a' + (x >> (i + 8)) % 26));
        s += u' ';
    }
    s.truncate(n - 1);
    return s + u'x';
}

// The PDF's text with everything a line break may add or a renderer may keep
// of a break opportunity taken out: white space, zero width spaces, soft hyphens.
QString joined(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace() && c != QChar(0x200B) && c != QChar(0x00AD))
            out += c;
    }
    return out;
}

// Only the letters of one alphabet, in the order they were read.
QString lettersOf(const QString &text, char16_t first, int letters)
{
    QString out;
    for (const QChar c : text) {
        if (c.unicode() >= first && c.unicode() < first + letters)
            out += c;
    }
    return out;
}

// The text, once or more (an action is listed under its domain and among
// all actions), or where the letters read first differ from it.
testing::AssertionResult wholeIn(const QString &read, const QString &written)
{
    const qsizetype times = written.isEmpty() ? 0 : read.size() / written.size();
    if (times >= 1 && read == written.repeated(times))
        return testing::AssertionSuccess();
    qsizetype i = 0;
    while (i < read.size() && read[i] == written[i % written.size()])
        ++i;
    return testing::AssertionFailure() << "read " << read.size() << " letters of " << written.size()
                                       << "; they differ from letter " << i;
}

class ReportLongText : public testing::Test
{
protected:
    void SetUp() override
    {
        book = makeReportWorkbook(dir.filePath(QStringLiteral("oak.strongtrust")));
    }

    struct Texts {
        QString note, rationale, action, evidence;
    };

    // The texts on the first indicator (and its domain) of the current period.
    static void add(ReportWorkbook &b, const Texts &t)
    {
        const Framework &fw = FrameworkLoader::builtIn();
        const QString indicator = fw.domains[0].indicators[0].fullId;
        ASSERT_TRUE(
            b.wb->setRating(b.current, b.trustees[0], indicator, RatingValue::of(3), t.note).ok());
        ASSERT_TRUE(b.wb->setConsensus(b.current, indicator, RatingValue::of(3), t.rationale,
                            Confidence::Strong)
                        .ok());
        Action a;
        a.domain = fw.domains[0].id;
        a.text = t.action;
        ASSERT_TRUE(b.wb->addAction(b.current, a).ok());
        ASSERT_TRUE(
            b.wb->addEvidence(b.current, indicator, Evidence { 0, t.evidence, {}, {}, false })
                .ok());
    }

    QString pdf(const ReportWorkbook &b, const QString &name)
    {
        ReportOptions o;
        o.today = QDate(2026, 2, 1);
        return writeReportPdf(dir, *b.wb, b.current, o, name);
    }

    QTemporaryDir dir;
    ReportWorkbook book;
};

} // namespace

TEST_F(ReportLongText, TheLongestUnbrokenTextsAreAllThereWithinTheMargins)
{
    // The note in Latin letters, as most would be; the texts in table cells
    // each in an alphabet the report uses nowhere else, since a table's
    // columns are read line by line across the row: its letters alone, in
    // the order read, are then the whole text or something was lost.
    const QString note = unbrokenWord(limits::kNote, u'a', 26);
    const QString rationale = unbrokenWord(limits::kRationale, kGreek, 24);
    const QString action = unbrokenWord(limits::kActionText, kCyrillic, 32);
    const QString evidence = unbrokenWord(limits::kEvidenceTitle, kArmenian, 38);
    add(book, { note, rationale, action, evidence });
    const QString path = pdf(book, QStringLiteral("long-words.pdf"));
    const QString text = joined(pdfRawText(path));
    // The note's start, middle and end, each where no page break can fall.
    EXPECT_TRUE(text.contains(note.first(50)));
    EXPECT_TRUE(text.contains(note.sliced(note.size() / 2, 50)));
    EXPECT_TRUE(text.contains(note.last(50)));
    EXPECT_TRUE(wholeIn(lettersOf(text, kGreek, 24), rationale));
    EXPECT_TRUE(wholeIn(lettersOf(text, kCyrillic, 32), action));
    EXPECT_TRUE(wholeIn(lettersOf(text, kArmenian, 38), evidence));

    // About as many pages as texts of ordinary words of the same lengths
    // take: the lines a long word fills are nearly full, and none is lost.
    ReportWorkbook words = makeReportWorkbook(dir.filePath(QStringLiteral("words.strongtrust")));
    add(words,
        { ordinaryWords(limits::kNote), ordinaryWords(limits::kRationale),
            ordinaryWords(limits::kActionText), ordinaryWords(limits::kEvidenceTitle) });
    const int pages = pdfPages(path);
    const int wordPages = pdfPages(pdf(words, QStringLiteral("ordinary-words.pdf")));
    EXPECT_GE(pages, wordPages - 1);
    EXPECT_LE(pages, wordPages + wordPages / 10 + 1);

    // Nothing is drawn in the side margins (20 mm) but the faint watermark:
    // every long word wrapped within the text area.
    auto doc = ReportDocument::build(*book.wb, book.current, ReportOptions {});
    ASSERT_TRUE(doc.ok());
    const QSize page = doc.value()->pageSizePoints().toSize(); // one pixel a point
    const int margin = int(20 / 25.4 * 72) - 4;
    for (int i = 0; i < doc.value()->pageCount(); ++i) {
        QImage image(page, QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            doc.value()->paintPage(painter, i);
        }
        int dark = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if ((x < margin || x >= image.width() - margin) && qGray(image.pixel(x, y)) < 128)
                    ++dark;
            }
        }
        EXPECT_EQ(dark, 0) << "page " << i + 1;
    }
}
