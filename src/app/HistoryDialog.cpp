#include "app/HistoryDialog.h"

#include "app/WorkbookSession.h"
#include "history/AssessmentComparison.h"
#include "report/RadarChart.h"
#include "scoring/StoredScores.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdlib>
#include <iterator>

namespace strongtrust::app {

// The two compared periods' domain scores, overlaid.
class HistoryRadar : public QWidget
{
public:
    explicit HistoryRadar(QWidget *parent) : QWidget(parent)
    {
        setObjectName(QStringLiteral("historyRadar"));
        setAccessibleName(HistoryDialog::tr("Comparison chart"));
        setMinimumSize(320, 280);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        setAutoFillBackground(true);
        QPalette pal = palette();
        pal.setColor(QPalette::Window, Qt::white);
        setPalette(pal);
    }
    void setData(RadarChartData chart)
    {
        m_data = std::move(chart);
        setAccessibleDescription(describeRadarChart(m_data));
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        if (m_data.axes.isEmpty()) {
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                HistoryDialog::tr("Nothing to compare."));
            return;
        }
        paintRadarChart(painter, QRectF(rect()).adjusted(4, 4, -4, -4), m_data);
    }

private:
    RadarChartData m_data;
};

// Each domain's score across all periods: one line per domain, each with its
// own colour and its own point marker (so it reads without colour too).
class HistoryTrend : public QWidget
{
public:
    struct Line {
        QString title;
        QList<std::optional<double>> values; // one per period
    };

    explicit HistoryTrend(QWidget *parent) : QWidget(parent)
    {
        setObjectName(QStringLiteral("historyTrend"));
        setAccessibleName(HistoryDialog::tr("Domain scores across periods"));
        setMinimumSize(420, 280);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        setAutoFillBackground(true);
        QPalette pal = palette();
        pal.setColor(QPalette::Window, Qt::white);
        setPalette(pal);
    }

    void setData(QStringList periods, QList<Line> lines, const Scale &scale)
    {
        m_periods = std::move(periods);
        m_lines = std::move(lines);
        m_scale = scale;
        QStringList description;
        for (const Line &l : m_lines) {
            QStringList values;
            for (int i = 0; i < l.values.size() && i < m_periods.size(); ++i)
                values.append(HistoryDialog::tr("%1: %2").arg(m_periods[i],
                    l.values[i] ? QLocale().toString(*l.values[i], 'f', 2)
                                : HistoryDialog::tr("not scored")));
            description.append(
                HistoryDialog::tr("%1 — %2").arg(l.title, values.join(QStringLiteral(", "))));
        }
        setAccessibleDescription(description.join(QStringLiteral("; ")));
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        if (m_periods.isEmpty() || m_lines.isEmpty() || m_scale.levels.isEmpty()) {
            p.setPen(palette().color(QPalette::PlaceholderText));
            p.drawText(
                rect(), Qt::AlignCenter | Qt::TextWordWrap, HistoryDialog::tr("No scores yet."));
            return;
        }
        const QFontMetrics fm(font());
        const int lineHeight = fm.height();
        // Legend below the plot, in as many columns as fit.
        int legendItemWidth = 0;
        for (const Line &l : m_lines)
            legendItemWidth = std::max(legendItemWidth, fm.horizontalAdvance(l.title) + 36);
        legendItemWidth = std::min(legendItemWidth, std::max(120, width() - 16));
        const int columns = std::max(1, (width() - 16) / std::max(1, legendItemWidth));
        const int legendRows = int((m_lines.size() + columns - 1) / columns);
        const int legendHeight = legendRows * (lineHeight + 4) + 6;

        int yLabelWidth = 0;
        for (const Level &lv : m_scale.levels)
            yLabelWidth = std::max(yLabelWidth, fm.horizontalAdvance(formatLevelValue(lv.value)));
        // Room for the period labels, centred under the first and last points.
        int periodWidth = 0;
        for (const QString &period : m_periods)
            periodWidth = std::max(periodWidth, fm.horizontalAdvance(period));
        const double left = std::max(yLabelWidth + 14.0, periodWidth / 2.0 + 6);
        const double right = periodWidth / 2.0 + 10;
        const QRectF plot(left, lineHeight / 2.0 + 6, width() - left - right,
            height() - legendHeight - lineHeight * 2 - 14);
        if (plot.width() < 20 || plot.height() < 20)
            return;
        const double lo = m_scale.minValue();
        const double hi = m_scale.maxValue() > lo ? m_scale.maxValue() : lo + 1;
        auto yOf = [&](double v) { return plot.bottom() - (v - lo) / (hi - lo) * plot.height(); };
        const int n = int(m_periods.size());
        auto xOf = [&](int i) {
            return n == 1 ? plot.center().x() : plot.left() + plot.width() * i / (n - 1);
        };

        // Grid: one line per level of the scale, labelled.
        p.setPen(QPen(QColor(0xd0, 0xd5, 0xdb), 1));
        for (const Level &lv : m_scale.levels) {
            const double y = yOf(lv.value);
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        }
        p.setPen(palette().color(QPalette::WindowText));
        for (const Level &lv : m_scale.levels) {
            const double y = yOf(lv.value);
            p.drawText(QRectF(0, y - lineHeight / 2.0, yLabelWidth + 8, lineHeight),
                Qt::AlignRight | Qt::AlignVCenter, formatLevelValue(lv.value));
        }
        for (int i = 0; i < n; ++i) {
            const double x = xOf(i);
            const int w = fm.horizontalAdvance(m_periods[i]) + 8;
            p.drawText(QRectF(x - w / 2.0, plot.bottom() + 6, w, lineHeight), Qt::AlignCenter,
                m_periods[i]);
        }

        for (int li = 0; li < m_lines.size(); ++li) {
            const QColor colour = colourOf(li);
            QPen pen(colour, 2);
            p.setPen(pen);
            const Line &l = m_lines[li];
            for (int i = 1; i < n && i < l.values.size(); ++i) {
                if (l.values[i - 1] && l.values[i])
                    p.drawLine(QPointF(xOf(i - 1), yOf(*l.values[i - 1])),
                        QPointF(xOf(i), yOf(*l.values[i])));
            }
            for (int i = 0; i < n && i < l.values.size(); ++i) {
                if (l.values[i])
                    drawMarker(p, li, QPointF(xOf(i), yOf(*l.values[i])));
            }
        }

        // Legend.
        const double legendTop = plot.bottom() + lineHeight + 14;
        for (int li = 0; li < m_lines.size(); ++li) {
            const int col = li % columns;
            const int row = li / columns;
            const QPointF origin(8 + col * legendItemWidth, legendTop + row * (lineHeight + 4));
            p.setPen(QPen(colourOf(li), 2));
            p.drawLine(QPointF(origin.x(), origin.y() + lineHeight / 2.0),
                QPointF(origin.x() + 24, origin.y() + lineHeight / 2.0));
            drawMarker(p, li, QPointF(origin.x() + 12, origin.y() + lineHeight / 2.0));
            p.setPen(palette().color(QPalette::WindowText));
            p.drawText(QRectF(origin.x() + 30, origin.y(), legendItemWidth - 34, lineHeight),
                Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(m_lines[li].title, Qt::ElideRight, legendItemWidth - 34));
        }
    }

private:
    static QColor colourOf(int i)
    {
        // Okabe–Ito: distinguishable with the common colour-vision deficiencies.
        static const QColor colours[] = { QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00),
            QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7), QColor(0xe6, 0x9f, 0x00),
            QColor(0x56, 0xb4, 0xe9), QColor(0x00, 0x00, 0x00) };
        return colours[i % int(std::size(colours))];
    }
    static void drawMarker(QPainter &p, int i, const QPointF &c)
    {
        const double r = 4.5;
        p.save();
        p.setPen(QPen(colourOf(i), 1.5));
        p.setBrush(colourOf(i));
        switch (i % 6) {
        case 0:
            p.drawEllipse(c, r, r);
            break;
        case 1:
            p.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
            break;
        case 2: {
            const QPointF pts[] = { { c.x(), c.y() - r - 1 }, { c.x() + r + 1, c.y() + r },
                { c.x() - r - 1, c.y() + r } };
            p.drawPolygon(pts, 3);
            break;
        }
        case 3: {
            const QPointF pts[] = { { c.x(), c.y() - r - 1 }, { c.x() + r + 1, c.y() },
                { c.x(), c.y() + r + 1 }, { c.x() - r - 1, c.y() } };
            p.drawPolygon(pts, 4);
            break;
        }
        case 4:
            p.setPen(QPen(colourOf(i), 2.5));
            p.drawLine(QPointF(c.x() - r, c.y() - r), QPointF(c.x() + r, c.y() + r));
            p.drawLine(QPointF(c.x() - r, c.y() + r), QPointF(c.x() + r, c.y() - r));
            break;
        default:
            p.setBrush(Qt::white);
            p.drawEllipse(c, r, r);
            break;
        }
        p.restore();
    }

    QStringList m_periods;
    QList<Line> m_lines;
    Scale m_scale;
};

namespace {

QString score(const std::optional<double> &v)
{
    return v ? QLocale().toString(*v, 'f', 2) : HistoryDialog::tr("—");
}

// A long domain title on two lines, split at the space nearest its middle.
QString wrapTitle(const QString &title)
{
    if (title.size() <= 18)
        return title;
    int best = -1;
    for (int i = 0; i < title.size(); ++i) {
        if (title[i] == u' '
            && (best < 0
                || std::abs(i - int(title.size()) / 2) < std::abs(best - int(title.size()) / 2)))
            best = i;
    }
    if (best < 0)
        return title;
    QString wrapped = title;
    wrapped[best] = u'\n';
    return wrapped;
}

QTableWidgetItem *readOnlyItem(
    const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(alignment);
    return item;
}

} // namespace

HistoryDialog::HistoryDialog(WorkbookSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_table(new QTableWidget(this))
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_radar(new HistoryRadar(this))
    , m_changes(new QTableWidget(this))
    , m_trend(new HistoryTrend(this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History of %1").arg(session->workbook().trustName()));
    resize(1240, 860);

    const Workbook &wb = session->workbook();
    for (const AssessmentInfo &info : wb.assessments()) {
        auto scored = scoreStoredAssessment(wb, info.id);
        if (!scored)
            continue;
        m_periods.append(
            Period { info, std::move(scored.value().framework), std::move(scored.value().scores) });
    }

    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Every period"));
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setWordWrap(true);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);

    m_from->setObjectName(QStringLiteral("compareFrom"));
    m_from->setAccessibleName(tr("Compare from period"));
    m_to->setObjectName(QStringLiteral("compareTo"));
    m_to->setAccessibleName(tr("Compare to period"));
    for (int i = 0; i < m_periods.size(); ++i) {
        m_from->addItem(m_periods[i].info.period, i);
        m_to->addItem(m_periods[i].info.period, i);
    }
    m_to->setCurrentIndex(int(m_periods.size()) - 1);
    m_from->setCurrentIndex(std::max(0, int(m_periods.size()) - 2));

    m_changes->setObjectName(QStringLiteral("changesTable"));
    m_changes->setAccessibleName(tr("What moved between the two periods"));
    m_changes->verticalHeader()->setVisible(false);
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setTabKeyNavigation(false);
    m_changes->setColumnCount(5);
    m_changes->setHorizontalHeaderLabels(
        { tr("Domain"), tr("From"), tr("To"), tr("Change"), tr("Movement") });
    m_changes->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_changes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_changes->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_changes->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);

    // Layout: the periods on top; below, the comparison beside the trend.
    auto *fromLabel = new QLabel(tr("Compare &from:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&to:"), this);
    toLabel->setBuddy(m_to);
    auto *chooser = new QHBoxLayout;
    chooser->addWidget(fromLabel);
    chooser->addWidget(m_from);
    chooser->addSpacing(8);
    chooser->addWidget(toLabel);
    chooser->addWidget(m_to);
    chooser->addStretch(1);

    auto *compare = new QGroupBox(tr("Two periods compared"), this);
    compare->setObjectName(QStringLiteral("compareGroup"));
    auto *compareLayout = new QVBoxLayout(compare);
    compareLayout->addLayout(chooser);
    compareLayout->addWidget(m_radar, 1);
    compareLayout->addWidget(m_changes, 0);

    auto *trend = new QGroupBox(tr("Each domain across the periods"), this);
    trend->setObjectName(QStringLiteral("trendGroup"));
    auto *trendLayout = new QVBoxLayout(trend);
    trendLayout->addWidget(m_trend);

    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->setObjectName(QStringLiteral("historySplitter"));
    lower->setChildrenCollapsible(false);
    lower->addWidget(compare);
    lower->addWidget(trend);
    lower->setStretchFactor(0, 1);
    lower->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("historyButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 0);
    layout->addWidget(lower, 1);
    layout->addWidget(buttons);

    connect(m_from, &QComboBox::currentIndexChanged, this, &HistoryDialog::updateComparison);
    connect(m_to, &QComboBox::currentIndexChanged, this, &HistoryDialog::updateComparison);
    fillHistory();
    updateComparison();
}

HistoryDialog::~HistoryDialog() = default;

void HistoryDialog::fillHistory()
{
    // Domains of the latest period's framework, then any older ones alone had.
    QStringList ids;
    QStringList titles;
    for (auto it = m_periods.crbegin(); it != m_periods.crend(); ++it) {
        for (const Domain &d : it->framework.domains) {
            if (!ids.contains(d.id)) {
                ids.append(d.id);
                titles.append(d.title);
            }
        }
    }
    QStringList headers { tr("Period"), tr("Status"), tr("Completion") };
    for (const QString &t : titles)
        headers.append(wrapTitle(t));
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(m_periods.size()));
    QList<HistoryTrend::Line> lines;
    for (const QString &t : titles)
        lines.append({ t, {} });
    QStringList periodLabels;
    for (int row = 0; row < m_periods.size(); ++row) {
        const Period &p = m_periods[row];
        periodLabels.append(p.info.period);
        m_table->setItem(row, 0, readOnlyItem(p.info.period));
        m_table->setItem(row, 1,
            readOnlyItem(p.info.isFinal()
                    ? tr("Final (signed off %1)")
                          .arg(QLocale().toString(p.info.signOff.date, QLocale::ShortFormat))
                    : tr("Draft")));
        const int given = p.scores.ratingsGiven();
        const int expected = p.scores.ratingsExpected();
        const QString completion = expected > 0
            ? tr("%1 of %2 (%3%)").arg(given).arg(expected).arg(qRound(100.0 * given / expected))
            : tr("%1 of %2").arg(given).arg(expected);
        m_table->setItem(row, 2, readOnlyItem(completion, Qt::AlignRight | Qt::AlignVCenter));
        for (int c = 0; c < ids.size(); ++c) {
            std::optional<double> value;
            for (const DomainScore &d : p.scores.domains) {
                if (d.domainId == ids[c])
                    value = d.score;
            }
            m_table->setItem(
                row, 3 + c, readOnlyItem(score(value), Qt::AlignRight | Qt::AlignVCenter));
            lines[c].values.append(value);
        }
    }
    m_table->resizeColumnsToContents();
    for (int c = 3; c < m_table->columnCount(); ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Stretch);
    const Scale scale = m_periods.isEmpty() ? Scale {} : m_periods.last().framework.scale;
    m_trend->setData(periodLabels, lines, scale);
}

void HistoryDialog::updateComparison()
{
    m_changes->setRowCount(0);
    const int from = m_from->currentData().toInt();
    const int to = m_to->currentData().toInt();
    if (m_periods.isEmpty() || from < 0 || to < 0 || from >= m_periods.size()
        || to >= m_periods.size()) {
        m_radar->setData({});
        return;
    }
    const Period &earlier = m_periods[from];
    const Period &later = m_periods[to];
    if (from == to)
        m_radar->setData(radarChartData(later.framework, later.scores, later.info.period));
    else
        m_radar->setData(radarChartData(later.framework, later.scores, later.info.period,
            &earlier.framework, &earlier.scores, earlier.info.period));

    const QList<DomainChange> changes
        = compareAssessments(m_session->workbook(), earlier.info.id, later.info.id);
    m_changes->setRowCount(int(changes.size()));
    for (int row = 0; row < changes.size(); ++row) {
        const DomainChange &c = changes[row];
        m_changes->setItem(row, 0, readOnlyItem(c.title.isEmpty() ? c.domainId : c.title));
        m_changes->setItem(
            row, 1, readOnlyItem(score(c.earlier), Qt::AlignRight | Qt::AlignVCenter));
        m_changes->setItem(row, 2, readOnlyItem(score(c.later), Qt::AlignRight | Qt::AlignVCenter));
        QString diff = tr("—");
        if (c.difference)
            diff = (*c.difference > 0 ? QStringLiteral("+") : QString())
                + QLocale().toString(*c.difference, 'f', 2);
        auto *diffItem = readOnlyItem(diff, Qt::AlignRight | Qt::AlignVCenter);
        if (c.difference)
            diffItem->setData(Qt::UserRole, *c.difference);
        m_changes->setItem(row, 3, diffItem);
        const QString movement = c.movement();
        m_changes->setItem(row, 4, readOnlyItem(movement));
    }
}

} // namespace strongtrust::app
