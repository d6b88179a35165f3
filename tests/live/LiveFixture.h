#pragma once

#include "live/HttpTestClient.h"
#include "live/LiveSession.h"
#include "workbook/Workbook.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace strongtrust::test {

// A draft assessment of three active trustees (and one retired), with a live
// session on loopback; `framework` is the built-in one unless a test gives
// another.
class LiveFixture : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;
    // Makes the workbook with this framework and starts the session.
    void startWith(const Framework &framework);

    quint16 port() const { return quint16(session->baseUrl().port()); }
    QByteArray tokenOf(const QString &name) const;
    QList<QPair<QByteArray, QByteArray>> auth(const QString &name) const;
    HttpReply get(const QByteArray &path, const QString &as);
    HttpReply put(const QString &indicator, const QByteArray &json, const QString &as);
    // The ratings as the file holds them, read through a second connection.
    QList<Rating> storedRatings() const;
    int auditCount() const;

    QTemporaryDir dir;
    QString wbPath;
    std::unique_ptr<Workbook> wb;
    qint64 assessmentId = 0;
    QHash<QString, qint64> trustee;
    std::unique_ptr<live::LiveSession> session;
    QString indicator; // the framework's first
    QString second; // and its second
};

} // namespace strongtrust::test
