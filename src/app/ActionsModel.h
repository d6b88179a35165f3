#pragma once

#include "app/RecordModel.h"
#include "workbook/AssessmentData.h"

namespace strongtrust::app {

// The actions the board agreed for one indicator: text, owner, due date and
// status (chosen from a list, ChoiceDelegate).
class ActionsModel : public RecordModel
{
    Q_OBJECT

public:
    enum Column { TextColumn, OwnerColumn, DueColumn, StatusColumn, ColumnCount };

    explicit ActionsModel(WorkbookSession *session, QObject *parent = nullptr);

    void setIndicator(const QString &domainId, const QString &indicator);
    const Action &action(int row) const { return m_rows.at(row); }

    bool canAdd() const override;
    bool addRecord() override;
    void removeRecord(int row) override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void reload();
    void update(const QString &changedIndicator);
    QList<Action> current() const;

    QString m_domain;
    QString m_indicator;
    QList<Action> m_rows; // as shown
};

} // namespace strongtrust::app
