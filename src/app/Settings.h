#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace strongtrust::app {

// One setting: its key and default, declared once, read and written typed.
template <typename T> class Setting
{
public:
    Setting(const char *key, T defaultValue)
        : m_key(QLatin1String(key)), m_default(std::move(defaultValue))
    {
    }

    T get() const
    {
        QSettings s;
        return s.contains(m_key) ? s.value(m_key).template value<T>() : m_default;
    }
    void set(const T &value) const
    {
        QSettings s;
        // An unchanged value is not written: QSettings would rewrite (and
        // sync) the whole file, which closing the window would pay every time.
        const QVariant v = QVariant::fromValue(value);
        if (s.contains(m_key) && s.value(m_key) == v)
            return;
        s.setValue(m_key, v);
    }
    QString key() const { return m_key; }

private:
    QString m_key;
    T m_default;
};

// Every setting the application keeps between runs.
struct Settings {
    static inline const Setting<QStringList> recentFiles { "recentFiles", {} };
    static inline const Setting<QByteArray> windowGeometry { "window/geometry", {} };
    static inline const Setting<QByteArray> splitterState { "window/splitter", {} };
    // The period last worked on, per workbook path.
    static inline const Setting<QVariantMap> lastPeriods { "lastPeriods", {} };
    // Who the audit trail names; empty means the login name.
    static inline const Setting<QString> auditName { "auditName", {} };
    static inline const Setting<bool> hideNames { "view/hideNames", false };

    static constexpr int kMaxRecentFiles = 8;
    // Puts `path` first in the recent files.
    static void noteRecentFile(const QString &path);
};

} // namespace strongtrust::app
