#include "app/RadarWidget.h"

#include "app/WorkbookSession.h"
#include "util/AtomicFile.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPainter>

namespace strongtrust::app {

RadarWidget::RadarWidget(WorkbookSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("radarChart"));
    setAccessibleName(tr("Domain scores chart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, Qt::white);
    setPalette(pal);
}

void RadarWidget::refresh()
{
    if (!m_session->hasAssessment()) {
        m_data = RadarChartData {};
        setAccessibleDescription(describeRadarChart(m_data));
        update();
        return;
    }
    // The scores shown: without the ratings of indicators still hidden.
    std::optional<AssessmentScores> shown;
    if (m_hidden) {
        AssessmentData visible = m_session->data();
        const auto before = visible.ratings.size();
        visible.ratings.removeIf([this](const Rating &r) { return m_hidden(r.indicator); });
        if (visible.ratings.size() != before)
            shown = scoreAssessment(m_session->framework(), visible, m_session->raters());
    }
    const AssessmentScores &scores = shown ? *shown : m_session->scores();
    if (m_session->previousScores()) {
        m_data = radarChartData(m_session->framework(), scores, m_session->assessment().period,
            m_session->previousFramework(), &*m_session->previousScores(),
            m_session->previous()->period);
    } else {
        m_data = radarChartData(m_session->framework(), scores, m_session->assessment().period);
    }
    setAccessibleDescription(describeRadarChart(m_data));
    update();
}

void RadarWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_data.axes.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
            tr("The chart appears once a period is chosen."));
        return;
    }
    paintRadarChart(painter, QRectF(rect()).adjusted(4, 4, -4, -4), m_data);
}

Status RadarWidget::saveImage(const QString &path) const
{
    const bool svg
        = QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0;
    QByteArray bytes;
    if (svg) {
        bytes = radarChartSvg(m_data, QSize(800, 800));
    } else {
        const QImage image = radarChartImage(m_data, QSize(1200, 1200), 1.0);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
    }
    if (bytes.isEmpty())
        return Diagnostic { path, 0, 0, {}, tr("the chart could not be drawn") };
    return writeFileAtomically(path, bytes);
}

} // namespace strongtrust::app
