#include "live/ReturnForm.h"

#include "live/PageState.h"
#include "live/RatingPage.h"
#include "util/AtomicFile.h"
#include "workbook/Workbook.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace strongtrust::live {

namespace {

// "Jane Smith", "2025/26" -> "jane-smith-2025-26": letters and digits of any
// script, lower case, everything else one hyphen.
QString slug(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.left(80);
}

} // namespace

QString ReturnForm::returnFileName(const QString &trusteeName, const QString &period)
{
    return QStringLiteral("%1-%2-return.json").arg(slug(trusteeName), slug(period));
}

QString ReturnForm::formFileName(const QString &trusteeName, const QString &period)
{
    return QStringLiteral("%1-%2-form.html").arg(slug(trusteeName), slug(period));
}

Result<QByteArray> ReturnForm::html(const Workbook &wb, qint64 assessmentId, qint64 trusteeId)
{
    const auto info = wb.assessment(assessmentId);
    if (!info)
        return Diagnostic { wb.path(), 0, 0, {}, tr("there is no such assessment") };
    const auto trustee = wb.trustee(trusteeId);
    if (!trustee)
        return Diagnostic { wb.path(), 0, 0, {}, tr("there is no trustee %1").arg(trusteeId) };
    if (info->isFinal())
        return Diagnostic { wb.path(), 0, 0, {},
            tr("the assessment for %1 is signed off: it takes no more returns").arg(info->period) };
    const auto fw = wb.framework(info->frameworkKey);
    if (!fw)
        return fw.errors();
    const auto data = wb.loadAssessment(assessmentId);
    if (!data)
        return data.errors();

    PageState s;
    s.mode = QStringLiteral("form");
    s.trust = wb.trustName();
    s.assessment = *info;
    s.framework = &fw.value();
    s.trusteeName = trustee->name;
    for (const Rating &r : data->ratings) {
        if (r.trusteeId == trusteeId)
            s.ratings.append(r);
    }
    for (const Domain &d : fw->domains) {
        for (const Indicator &i : d.indicators)
            s.open.append(i.fullId);
    }
    QJsonObject state = pageStateJson(s);

    const QJsonObject framework { { QStringLiteral("id"), info->frameworkId },
        { QStringLiteral("version"), info->frameworkVersion } };
    const QJsonObject rater { { QStringLiteral("id"), QStringLiteral("r1") },
        { QStringLiteral("name"), trustee->name } };
    QJsonObject ret { { QStringLiteral("format"), QStringLiteral("strongtrust-assessment") },
        { QStringLiteral("formatVersion"), 1 },
        { QStringLiteral("trust"), QJsonObject { { QStringLiteral("name"), wb.trustName() } } },
        { QStringLiteral("framework"), framework }, { QStringLiteral("period"), info->period },
        { QStringLiteral("raters"), QJsonArray { rater } },
        { QStringLiteral("ratings"), QJsonArray {} } };
    if (!info->title.isEmpty())
        ret.insert(QStringLiteral("title"), info->title);
    state.insert(QStringLiteral("return"), ret);
    state.insert(QStringLiteral("fileName"), returnFileName(trustee->name, info->period));
    // Progress is kept per workbook, period and trustee: two forms on one
    // computer never share it, and a new form for the same return resumes it.
    const QByteArray identity = (wb.trustName() + u'\n' + info->createdAt.toString(Qt::ISODate)
        + u'\n' + info->period + u'\n' + QString::number(trusteeId))
                                    .toUtf8();
    const QString key = QStringLiteral("strongtrust-return:")
        + QString::fromLatin1(
            QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(24));
    state.insert(QStringLiteral("storageKey"), key);
    return RatingPage::instance().formHtml(QJsonDocument(state).toJson(QJsonDocument::Compact));
}

Result<QList<WrittenForm>> ReturnForm::write(
    const Workbook &wb, qint64 assessmentId, const QString &dir, const QList<qint64> &trusteeIds)
{
    const auto info = wb.assessment(assessmentId);
    if (!info)
        return Diagnostic { wb.path(), 0, 0, {}, tr("there is no such assessment") };
    QList<qint64> ids = trusteeIds;
    if (ids.isEmpty()) {
        for (const Trustee &t : wb.trustees()) {
            if (!t.retired)
                ids.append(t.id);
        }
    }
    if (ids.isEmpty())
        return Diagnostic { wb.path(), 0, 0, {},
            tr("the workbook has no active trustee to send a form to") };
    if (!QDir(dir).exists())
        return Diagnostic { dir, 0, 0, {}, tr("no such folder") };

    // Every form is built before any is written, so a refusal leaves none.
    QList<std::pair<WrittenForm, QByteArray>> forms;
    QSet<QString> names;
    for (const qint64 id : ids) {
        auto html = ReturnForm::html(wb, assessmentId, id);
        if (!html)
            return html.errors();
        const QString name = wb.trustee(id)->name;
        QString file = formFileName(name, info->period);
        if (names.contains(file))
            file = formFileName(name + u' ' + QString::number(id), info->period);
        names.insert(file);
        forms.append({ { id, name, QDir(dir).filePath(file) }, std::move(html).value() });
    }
    QList<WrittenForm> written;
    for (const auto &[form, html] : forms) {
        if (auto s = writeFileAtomically(form.path, html); !s) {
            for (const WrittenForm &w : written)
                QFile::remove(w.path);
            return s.errors();
        }
        written.append(form);
    }
    return written;
}

} // namespace strongtrust::live
