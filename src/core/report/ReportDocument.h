#pragma once

#include "report/Report.h"
#include "util/Result.h"

#include <QByteArray>
#include <QSizeF>
#include <QString>

#include <memory>

class QPainter;
class QTextDocument;

namespace strongtrust {

class Workbook;
struct ReportData;

// The narrative report laid out on A4 pages: one QTextDocument paginated by
// hand, with the chart, running header, footer and draft mark painted in.
// The PDF writer and an in-app preview both draw it page by page.
class ReportDocument
{
public:
    static Result<std::unique_ptr<ReportDocument>> build(
        const Workbook &wb, qint64 assessmentId, const ReportOptions &options);
    static std::unique_ptr<ReportDocument> build(const ReportData &data);
    ~ReportDocument();
    ReportDocument(const ReportDocument &) = delete;
    ReportDocument &operator=(const ReportDocument &) = delete;

    int pageCount() const;
    // A4, in points (1/72 inch).
    QSizeF pageSizePoints() const;
    // Paints page `index` (from 0) with the painter's units in points: the
    // page runs from (0, 0) to pageSizePoints(). Paints no background.
    void paintPage(QPainter &painter, int index) const;

    QString title() const; // the PDF's title
    QString author() const; // the trust
    bool isDraft() const;

    // The laid-out text the pages paint, for what reads its pagination.
    const QTextDocument &textDocument() const;

    // The whole document as a PDF: vector graphics, embedded fonts, title and author.
    Result<QByteArray> toPdf() const;

private:
    struct Private;
    explicit ReportDocument(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace strongtrust
