#pragma once

#include "app/ListenChoices.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

#include <optional>

class QWidget;

namespace strongtrust::app {

struct NewWorkbookRequest {
    QString path;
    QString trustName;
    QString frameworkFile; // empty: the built-in framework
};

struct NewPeriodRequest {
    QString period;
    QString title;
    // On this version's built-in framework rather than the latest period's.
    bool builtInFramework = false;
    // On the framework in this file (checked by the dialog); empty: not.
    QString frameworkFile {};
};

// What the new-period dialog offers: a suggested label, the name of the
// latest period's framework ("Title version"; empty: no choice of framework,
// as on a workbook that cannot read it) and, where the built-in framework is
// another, its name too (else empty). A framework file is offered beside them.
struct NewPeriodOffer {
    QString suggested;
    QString currentFramework;
    QString builtInFramework;
    bool builtInAddsBaseline = false; // the built-in has standards or measures the other lacks
    bool preferBuiltIn = false; // the latest period is on an earlier edition of the built-in
};

// Where a live rating session listens, and whether ratings stay hidden.
struct LiveListenRequest {
    QHostAddress address;
    quint16 port = 0; // 0: a free port
    bool blind = true; // levels hidden until the clerk reveals each indicator
};

// The questions the window asks the user, behind one seam: the application
// shows real dialogs, tests answer them directly.
class DialogProvider
{
    Q_DECLARE_TR_FUNCTIONS(strongtrust::app::DialogProvider)

public:
    virtual ~DialogProvider() = default;
    virtual std::optional<NewWorkbookRequest> askNewWorkbook(QWidget *parent) = 0;
    virtual QString askOpenWorkbook(QWidget *parent) = 0;
    virtual QString askSaveCopy(QWidget *parent, const QString &suggested) = 0;
    virtual QString askSaveImage(QWidget *parent, const QString &suggested) = 0;
    // A file to read (an import); `filter` as QFileDialog takes it.
    virtual QString askOpenFile(QWidget *parent, const QString &title, const QString &filter) = 0;
    // Where to write an exported file; `filter` as QFileDialog takes it.
    virtual QString askSaveFile(
        QWidget *parent, const QString &title, const QString &suggested, const QString &filter)
        = 0;
    virtual std::optional<NewPeriodRequest> askNewPeriod(
        QWidget *parent, const NewPeriodOffer &offer)
        = 0;
    virtual void showError(QWidget *parent, const QString &title, const QString &message) = 0;
    // The user's name for the audit trail; empty keeps `suggested`.
    virtual QString askAuditName(QWidget *parent, const QString &suggested) = 0;
    // The folder to write an archive bundle into (it must not exist yet); empty: cancelled.
    virtual QString askArchiveFolder(QWidget *parent, const QString &suggested) = 0;
    // An existing folder to write into; empty: cancelled.
    virtual QString askFolder(QWidget *parent, const QString &title, const QString &suggested) = 0;
    // Where a live session should listen: one of `addresses` (the one at
    // `suggested` first) and a port; empty: cancelled.
    virtual std::optional<LiveListenRequest> askLiveListen(
        QWidget *parent, const QList<ListenChoice> &addresses, int suggested, bool blind)
        = 0;
};

// The real dialogs.
class WidgetDialogProvider : public DialogProvider
{
public:
    std::optional<NewWorkbookRequest> askNewWorkbook(QWidget *parent) override;
    QString askOpenWorkbook(QWidget *parent) override;
    QString askSaveCopy(QWidget *parent, const QString &suggested) override;
    QString askSaveImage(QWidget *parent, const QString &suggested) override;
    QString askOpenFile(QWidget *parent, const QString &title, const QString &filter) override;
    QString askSaveFile(QWidget *parent, const QString &title, const QString &suggested,
        const QString &filter) override;
    std::optional<NewPeriodRequest> askNewPeriod(
        QWidget *parent, const NewPeriodOffer &offer) override;
    void showError(QWidget *parent, const QString &title, const QString &message) override;
    QString askAuditName(QWidget *parent, const QString &suggested) override;
    QString askArchiveFolder(QWidget *parent, const QString &suggested) override;
    QString askFolder(QWidget *parent, const QString &title, const QString &suggested) override;
    std::optional<LiveListenRequest> askLiveListen(
        QWidget *parent, const QList<ListenChoice> &addresses, int suggested, bool blind) override;
};

} // namespace strongtrust::app
