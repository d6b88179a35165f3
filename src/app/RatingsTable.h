#pragma once

#include <QTableView>

namespace strongtrust::app {

class RatingsModel;
class WorkbookSession;

// Each trustee's rating and note for one indicator, editable in place
// (RatingsModel). Names can be hidden ("Trustee 1, 2 …") so the board
// discusses without anchoring on who said what; in blind mode the ratings
// themselves stay hidden until the clerk reveals them for that indicator.
class RatingsTable : public QTableView
{
    Q_OBJECT

public:
    explicit RatingsTable(WorkbookSession *session, QWidget *parent = nullptr);

    RatingsModel *ratingsModel() const { return m_model; }
    void showIndicator(const QString &indicator);
    void setNamesHidden(bool hidden);
    void setBlind(bool blind);
    void reveal(); // the current indicator's ratings, in blind mode
    bool isRevealed() const;
    bool isRevealed(const QString &indicator) const;

Q_SIGNALS:
    void revealedChanged();

private:
    // A rating combo box in each row whose rating is shown.
    void syncEditors();

    RatingsModel *m_model;
};

} // namespace strongtrust::app
