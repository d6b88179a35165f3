#pragma once

#include "report/Report.h"
#include "util/Result.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QImage>

class QComboBox;
class QLabel;
class QVBoxLayout;

namespace strongtrust::app {

class BoardWordsEditor;
class DialogProvider;
class WorkbookSession;

// The report as it will print, page by page, with its exports, and beside it
// the board's own words for the summary and each domain's paragraph. Laying out
// and writing the report run off the GUI thread, so the window never freezes;
// a progress indication appears when that takes more than a moment.
class ReportPreview : public QDialog
{
    Q_OBJECT

public:
    ReportPreview(WorkbookSession *session, DialogProvider *dialogs, QWidget *parent = nullptr);
    ~ReportPreview() override;

    int pageCount() const { return int(m_pages.size()); }
    BoardWordsEditor *boardWords() const { return m_words; }
    // Waits for the preview in progress (for tests).
    void waitForPages();

    enum class Format { Pdf, Html, Odt, MinutesText, MinutesHtml };
    // Asks where, then writes the export in the background; the result comes
    // back through exported().
    void exportAs(Format format);
    // The same, to a known path (also for tests); returns once written.
    Status exportTo(Format format, const QString &path);

    void done(int result) override;

Q_SIGNALS:
    void exported(const QString &path);

private:
    ReportOptions options() const;
    void rebuild();
    void showPages();

    WorkbookSession *m_session;
    DialogProvider *m_dialogs;
    QComboBox *m_audience;
    QLabel *m_status;
    QVBoxLayout *m_pageColumn;
    BoardWordsEditor *m_words;
    QList<QImage> m_pages;
    QFutureWatcher<QList<QImage>> m_render;
};

// Writes one export of the current assessment in the background; blocks only
// a progress indication, never the window.
Result<QByteArray> renderExport(
    WorkbookSession *session, ReportPreview::Format format, const ReportOptions &options);

} // namespace strongtrust::app
