#include "app/RecordModel.h"

#include "app/WorkbookSession.h"

#include <QDate>

namespace strongtrust::app {

RecordModel::RecordModel(WorkbookSession *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
}

bool RecordModel::editable() const
{
    return m_session->canEdit() && m_session->hasAssessment();
}

std::optional<QDate> RecordModel::dateFromText(const QString &text, const QString &example) const
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!text.isEmpty() && !date.isValid()) {
        Q_EMIT m_session->problem(
            tr("\"%1\" is not a date: write it as YYYY-MM-DD, e.g. %2.").arg(text, example));
        return std::nullopt;
    }
    return date;
}

} // namespace strongtrust::app
