#include "live/LiveFixture.h"

#include "framework/FrameworkLoader.h"

namespace strongtrust::test {

void LiveFixture::SetUp()
{
    ASSERT_TRUE(dir.isValid());
    startWith(FrameworkLoader::builtIn());
}

void LiveFixture::TearDown()
{
    session.reset();
    // Let the server's deferred deletion and the closing sockets finish.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

void LiveFixture::startWith(const Framework &framework)
{
    session.reset();
    wb.reset();
    wbPath = dir.filePath(QStringLiteral("live-%1.strongtrust").arg(framework.id));
    auto created = Workbook::create(wbPath, QStringLiteral("Oakfield Learning Trust"), framework);
    ASSERT_TRUE(created) << created.errorText().toStdString();
    wb = std::move(created).value();
    trustee.clear();
    for (const char *name : { "Jane Smith", "Sam Patel", "Ada Lovelace", "Retired Person" }) {
        auto id = wb->addTrustee(QString::fromUtf8(name));
        ASSERT_TRUE(id);
        trustee.insert(QString::fromUtf8(name), id.value());
    }
    ASSERT_TRUE(wb->setTrusteeRetired(trustee.value(QStringLiteral("Retired Person")), true));
    auto a = wb->createAssessment(
        QStringLiteral("2025/26"), QStringLiteral("Annual review"), wb->defaultFrameworkKey());
    ASSERT_TRUE(a) << a.errorText().toStdString();
    assessmentId = a.value();
    indicator = framework.domains[0].indicators[0].fullId;
    second = framework.domains[0].indicators.size() > 1 ? framework.domains[0].indicators[1].fullId
                                                        : framework.domains[1].indicators[0].fullId;
    session = std::make_unique<live::LiveSession>(*wb, assessmentId);
    auto s = session->start(QHostAddress::LocalHost, 0);
    ASSERT_TRUE(s) << s.errorText().toStdString();
}

QByteArray LiveFixture::tokenOf(const QString &name) const
{
    for (const live::TrusteeLink &l : session->links()) {
        if (l.name == name)
            return l.url.fragment().toLatin1();
    }
    return {};
}

QList<QPair<QByteArray, QByteArray>> LiveFixture::auth(const QString &name) const
{
    return { { "Authorization", "Bearer " + tokenOf(name) } };
}

HttpReply LiveFixture::get(const QByteArray &path, const QString &as)
{
    return HttpTestClient::request(
        port(), "GET", path, as.isEmpty() ? decltype(auth(as)) {} : auth(as));
}

HttpReply LiveFixture::put(const QString &id, const QByteArray &json, const QString &as)
{
    auto headers = auth(as);
    headers.append(QPair<QByteArray, QByteArray> { "Content-Type", "application/json" });
    return HttpTestClient::request(port(), "PUT", "/api/v1/ratings/" + id.toUtf8(), headers, json);
}

QList<Rating> LiveFixture::storedRatings() const
{
    auto other = Workbook::open(wbPath, { .readOnly = true });
    if (!other)
        return {};
    auto data = other.value()->loadAssessment(assessmentId);
    return data ? data->ratings : QList<Rating> {};
}

int LiveFixture::auditCount() const
{
    return int(wb->auditLog(assessmentId).size());
}

} // namespace strongtrust::test
