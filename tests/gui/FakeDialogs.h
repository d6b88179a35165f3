#pragma once

#include "app/DialogProvider.h"

#include <QStringList>

namespace strongtrust::test {

// Answers the window's questions as a test tells it to, and records errors.
class FakeDialogs : public app::DialogProvider
{
public:
    std::optional<app::NewWorkbookRequest> newWorkbook;
    QString openPath;
    QString savePath;
    QString imagePath;
    QString exportPath;
    QString openFile; // what askOpenFile answers
    std::optional<app::NewPeriodRequest> newPeriod;
    app::NewPeriodOffer newPeriodOffered; // what the last askNewPeriod offered
    QStringList errors;
    QString auditName; // empty: keep the suggestion
    int auditNameAsked = 0;
    QString archivePath;
    QString folder;
    // Where a live session listens: empty cancels; `liveAddressesOffered`
    // records what the window offered, and which it suggested.
    std::optional<app::LiveListenRequest> liveListen;
    QList<app::ListenChoice> liveAddressesOffered;
    int liveAddressSuggested = -1;

    std::optional<app::NewWorkbookRequest> askNewWorkbook(QWidget *) override
    {
        return newWorkbook;
    }
    QString askOpenWorkbook(QWidget *) override { return openPath; }
    QString askSaveCopy(QWidget *, const QString &) override { return savePath; }
    QString askSaveImage(QWidget *, const QString &) override { return imagePath; }
    QString askOpenFile(QWidget *, const QString &, const QString &) override { return openFile; }
    QString askSaveFile(QWidget *, const QString &, const QString &, const QString &) override
    {
        return exportPath;
    }
    std::optional<app::NewPeriodRequest> askNewPeriod(
        QWidget *, const app::NewPeriodOffer &offer) override
    {
        newPeriodOffered = offer;
        return newPeriod;
    }
    QString askAuditName(QWidget *, const QString &) override
    {
        ++auditNameAsked;
        return auditName;
    }
    QString askArchiveFolder(QWidget *, const QString &) override { return archivePath; }
    QString askFolder(QWidget *, const QString &, const QString &) override { return folder; }
    std::optional<app::LiveListenRequest> askLiveListen(
        QWidget *, const QList<app::ListenChoice> &addresses, int suggested, bool) override
    {
        liveAddressesOffered = addresses;
        liveAddressSuggested = suggested;
        return liveListen;
    }
    void showError(QWidget *, const QString &title, const QString &message) override
    {
        errors.append(title + QStringLiteral(": ") + message);
    }
};

} // namespace strongtrust::test
