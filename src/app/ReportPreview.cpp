#include "app/ReportPreview.h"

#include "app/BoardWordsEditor.h"
#include "app/DialogProvider.h"
#include "app/WorkbookSession.h"
#include "periods/PeriodNames.h"
#include "report/ReportData.h"
#include "report/ReportDocument.h"
#include "report/ReportOdt.h"
#include "util/AtomicFile.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace strongtrust::app {

namespace {

// Page images for the preview, drawn from the report's own page painter.
QList<QImage> renderPages(const ReportData &data, qreal pixelsPerPoint)
{
    QList<QImage> pages;
    const auto doc = ReportDocument::build(data);
    const QSizeF size = doc->pageSizePoints();
    for (int i = 0; i < doc->pageCount(); ++i) {
        QImage image((size * pixelsPerPoint).toSize(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.scale(pixelsPerPoint, pixelsPerPoint);
        doc->paintPage(painter, i);
        pages.append(image);
    }
    return pages;
}

QString suffixOf(ReportPreview::Format f)
{
    switch (f) {
    case ReportPreview::Format::Pdf:
        return QStringLiteral(".pdf");
    case ReportPreview::Format::Html:
    case ReportPreview::Format::MinutesHtml:
        return QStringLiteral(".html");
    case ReportPreview::Format::Odt:
        return QStringLiteral(".odt");
    case ReportPreview::Format::MinutesText:
        break;
    }
    return QStringLiteral(".txt");
}

} // namespace

Result<QByteArray> renderExport(
    WorkbookSession *session, ReportPreview::Format format, const ReportOptions &options)
{
    const Workbook &wb = session->workbook();
    const qint64 id = session->assessmentId();
    switch (format) {
    case ReportPreview::Format::Pdf:
    case ReportPreview::Format::Odt: {
        // The data is read here, in the GUI thread that owns the workbook's
        // connection; the layout and the file are made in a worker.
        auto data = loadReportData(wb, id, options);
        if (!data)
            return data.errors();
        const bool pdf = format == ReportPreview::Format::Pdf;
        QFuture<Result<QByteArray>> future = QtConcurrent::run([d = data.value(), pdf] {
            return pdf ? ReportDocument::build(d)->toPdf() : renderReportOdt(d);
        });
        QProgressDialog progress(ReportPreview::tr("Writing the report…"), QString(), 0, 0,
            QApplication::activeWindow());
        progress.setMinimumDuration(400);
        progress.setWindowModality(Qt::WindowModal);
        while (!future.isFinished()) {
            progress.setValue(0);
            QCoreApplication::processEvents(QEventLoop::AllEvents, 30);
        }
        return future.result();
    }
    case ReportPreview::Format::Html:
        return renderReportHtml(wb, id, options);
    case ReportPreview::Format::MinutesText: {
        auto text = renderMinutesText(wb, id, options);
        if (!text)
            return text.errors();
        return text.value().toUtf8();
    }
    case ReportPreview::Format::MinutesHtml: {
        auto html = renderMinutesHtml(wb, id, options);
        if (!html)
            return html.errors();
        return html.value().toUtf8();
    }
    }
    return QByteArray();
}

ReportPreview::ReportPreview(WorkbookSession *session, DialogProvider *dialogs, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_dialogs(dialogs)
    , m_audience(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_pageColumn(new QVBoxLayout)
    , m_words(new BoardWordsEditor(session, this))
{
    setObjectName(QStringLiteral("reportPreview"));
    setWindowTitle(
        tr("Report — %1").arg(session->hasAssessment() ? session->assessment().period : QString()));
    resize(1280, 1000);
    m_audience->setObjectName(QStringLiteral("reportAudience"));
    m_audience->setAccessibleName(tr("Audience"));
    m_audience->addItem(
        tr("Board: everything, with trustees' names and ratings"), int(ReportAudience::Board));
    m_audience->addItem(
        tr("Public: agreed ratings, spread and narrative only"), int(ReportAudience::Public));
    m_status->setObjectName(QStringLiteral("reportStatus"));

    auto *pages = new QWidget(this);
    pages->setLayout(m_pageColumn);
    pages->setObjectName(QStringLiteral("reportPages"));
    pages->setStyleSheet(QStringLiteral("#reportPages { background: #7a828c; }"));
    m_pageColumn->setSpacing(16);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(pages);
    scroll->setWidgetResizable(true);
    scroll->setAlignment(Qt::AlignHCenter);

    auto *pdf = new QPushButton(tr("Export &PDF…"), this);
    pdf->setObjectName(QStringLiteral("exportPdf"));
    auto *html = new QPushButton(tr("Export &HTML…"), this);
    html->setObjectName(QStringLiteral("exportHtml"));
    auto *odt = new QPushButton(tr("Export &ODT…"), this);
    odt->setObjectName(QStringLiteral("exportOdt"));
    odt->setToolTip(tr("OpenDocument Text, to edit in LibreOffice or Word"));
    auto *minutes = new QPushButton(tr("Export draft &minutes…"), this);
    minutes->setObjectName(QStringLiteral("exportMinutes"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("&Audience:"), this));
    static_cast<QLabel *>(top->itemAt(0)->widget())->setBuddy(m_audience);
    top->addWidget(m_audience, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(pdf);
    bottom->addWidget(html);
    bottom->addWidget(odt);
    bottom->addWidget(minutes);
    bottom->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    // The board's words beside the pages they change.
    auto *split = new QSplitter(this);
    split->addWidget(m_words);
    split->addWidget(scroll);
    split->setStretchFactor(1, 1);
    split->setSizes({ 380, 900 });
    layout->addWidget(split, 1);
    layout->addLayout(bottom);

    connect(m_audience, &QComboBox::activated, this, &ReportPreview::rebuild);
    connect(session, &WorkbookSession::narrativeChanged, this, &ReportPreview::rebuild);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(pdf, &QPushButton::clicked, this, [this] { exportAs(Format::Pdf); });
    connect(html, &QPushButton::clicked, this, [this] { exportAs(Format::Html); });
    connect(odt, &QPushButton::clicked, this, [this] { exportAs(Format::Odt); });
    connect(minutes, &QPushButton::clicked, this, [this] { exportAs(Format::MinutesText); });
    connect(&m_render, &QFutureWatcher<QList<QImage>>::finished, this, [this] {
        m_pages = m_render.result();
        showPages();
    });
    rebuild();
}

ReportPreview::~ReportPreview()
{
    m_render.waitForFinished();
}

void ReportPreview::done(int result)
{
    m_words->commit(); // what was typed last is kept, even without a pause
    QDialog::done(result);
}

ReportOptions ReportPreview::options() const
{
    ReportOptions o;
    o.audience = ReportAudience(m_audience->currentData().toInt());
    return o;
}

void ReportPreview::rebuild()
{
    m_render.waitForFinished();
    auto reportData = loadReportData(m_session->workbook(), m_session->assessmentId(), options());
    if (!reportData) {
        m_status->setText(reportData.errorText());
        return;
    }
    m_status->setText(tr("Laying out the pages…"));
    const qreal pixelsPerPoint = 1.1 * devicePixelRatioF();
    m_render.setFuture(QtConcurrent::run(
        [d = reportData.value(), pixelsPerPoint] { return renderPages(d, pixelsPerPoint); }));
}

void ReportPreview::waitForPages()
{
    m_render.waitForFinished();
    // The finished signal and the layout of the new pages each take a turn of the event loop.
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

void ReportPreview::showPages()
{
    while (QLayoutItem *item = m_pageColumn->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < m_pages.size(); ++i) {
        auto *page = new QLabel;
        QPixmap pixmap = QPixmap::fromImage(m_pages[i]);
        pixmap.setDevicePixelRatio(devicePixelRatioF());
        page->setPixmap(pixmap);
        page->setAccessibleName(tr("Page %1 of %2").arg(i + 1).arg(m_pages.size()));
        m_pageColumn->addWidget(page, 0, Qt::AlignHCenter);
    }
    m_status->setText(tr("%n page(s), A4", nullptr, int(m_pages.size())));
}

void ReportPreview::exportAs(Format format)
{
    const QString period = m_session->assessment().period;
    const QString base
        = QStringLiteral("%1 %2%3").arg(m_session->workbook().trustName(), fileNamePart(period),
            format == Format::MinutesText || format == Format::MinutesHtml ? tr(" draft minutes")
                                                                           : tr(" report"));
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(base + suffixOf(format));
    const QString filter = format == Format::Pdf ? tr("PDF (*.pdf)")
        : format == Format::Html                 ? tr("Web page (*.html)")
        : format == Format::Odt                  ? tr("OpenDocument Text (*.odt)")
                                                 : tr("Text (*.txt);;Web page (*.html)");
    QString path = m_dialogs->askSaveFile(this, tr("Export"), suggested, filter);
    if (path.isEmpty())
        return;
    if (format == Format::MinutesText && path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive))
        format = Format::MinutesHtml;
    if (auto s = exportTo(format, path); !s)
        m_dialogs->showError(this, tr("Cannot export"), s.errorText());
}

Status ReportPreview::exportTo(Format format, const QString &path)
{
    m_words->commit();
    m_status->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    auto bytes = renderExport(m_session, format, options());
    if (!bytes) {
        m_status->setText(bytes.errorText());
        return bytes.errors();
    }
    if (auto s = writeFileAtomically(path, bytes.value()); !s) {
        m_status->setText(s.errorText());
        return s;
    }
    m_status->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    Q_EMIT exported(path);
    return success();
}

} // namespace strongtrust::app
