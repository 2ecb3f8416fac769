#include "adapters/mqtt/topictemplate.h"

#include "adapters/tr.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QSet>

namespace twinloom {

namespace {
bool isNamed(const QString &segment)
{
    return segment.size() > 2 && segment.startsWith(QLatin1Char('{')) &&
           segment.endsWith(QLatin1Char('}'));
}
} // namespace

std::optional<TopicTemplate> TopicTemplate::parse(const QString &pattern, const QString &twinId,
                                                  QString *error)
{
    auto fail = [&](const char *why) -> std::optional<TopicTemplate> {
        if (error)
            *error = Adapters::Tr::tr(why);
        return std::nullopt;
    };
    if (pattern.isEmpty())
        return fail(QT_TRANSLATE_NOOP("Twinloom::Adapters", "a topic cannot be empty"));
    TopicTemplate t;
    t.m_pattern = pattern;
    const QStringList parts = pattern.split(QLatin1Char('/'));
    QSet<QString> names;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QString s = parts[i];
        if (s != QLatin1String("{twin}") && isNamed(s)) {
            if (names.contains(s)) {
                // Which of the two levels would the name hold?
                if (error)
                    *error = Adapters::Tr::tr("%1 names two levels of the topic; a name may be "
                                              "used once")
                                 .arg(s);
                return std::nullopt;
            }
            names.insert(s);
        }
        if (s == QLatin1String("{twin}"))
            s = twinId;
        else if (s == QLatin1String("#") && i != parts.size() - 1)
            return fail(QT_TRANSLATE_NOOP("Twinloom::Adapters",
                                          "'#' may only be the last level of a topic"));
        else if (!isNamed(s) && s.size() > 1 &&
                 (s.contains(QLatin1Char('+')) || s.contains(QLatin1Char('#'))))
            return fail(QT_TRANSLATE_NOOP("Twinloom::Adapters",
                                          "'+' and '#' must stand alone in their level"));
        else if (!isNamed(s) && (s.contains(QLatin1Char('{')) || s.contains(QLatin1Char('}'))))
            return fail(QT_TRANSLATE_NOOP(
                "Twinloom::Adapters", "a named level is a whole level in braces, such as {room}"));
        t.m_segments << s;
    }
    return t;
}

QString TopicTemplate::filter() const
{
    QStringList out;
    for (const QString &s : m_segments)
        out << (isNamed(s) ? QStringLiteral("+") : s);
    return out.join(QLatin1Char('/'));
}

bool TopicTemplate::match(QStringView topic, QHash<QString, QString> *captures) const
{
    // Level by level without splitting: this runs for every message a subscription receives.
    const qsizetype end = topic.size();
    qsizetype pos = 0; // where the next level starts; end + 1 once every level is used
    for (const QString &s : m_segments) {
        if (s == QLatin1String("#"))
            return true;
        if (pos > end)
            return false;
        qsizetype slash = topic.indexOf(QLatin1Char('/'), pos);
        if (slash < 0)
            slash = end;
        const QStringView level = topic.mid(pos, slash - pos);
        if (isNamed(s)) {
            if (captures)
                captures->insert(s.mid(1, s.size() - 2), level.toString());
        } else if (s != QLatin1String("+") && s != level) {
            return false;
        }
        pos = slash + 1;
    }
    return pos == end + 1;
}

QString TopicTemplate::expand(const QString &text, const QHash<QString, QString> &values)
{
    QString out = text;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        out.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    return out;
}

} // namespace twinloom
