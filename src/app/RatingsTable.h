#pragma once

#include <QSet>
#include <QTableWidget>

namespace strongtrust::app {

class WorkbookSession;

// Each trustee's rating and note for one indicator, editable in place.
// Names can be hidden ("Trustee 1, 2 …") so the board discusses without
// anchoring on who said what; in blind mode the ratings themselves stay
// hidden until the clerk reveals them for that indicator.
class RatingsTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit RatingsTable(WorkbookSession *session, QWidget *parent = nullptr);

    void showIndicator(const QString &indicator);
    void setNamesHidden(bool hidden);
    void setBlind(bool blind);
    void reveal(); // the current indicator's ratings, in blind mode
    bool isRevealed() const;
    void refresh();

Q_SIGNALS:
    void revealedChanged();

private:
    void onCellChanged(int row, int column);

    WorkbookSession *m_session;
    QString m_indicator;
    QList<qint64> m_rows; // trustee id per row
    bool m_namesHidden = false;
    bool m_blind = false;
    QSet<QString> m_revealed;
    bool m_filling = false;
};

} // namespace strongtrust::app
