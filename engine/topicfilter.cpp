#include "engine/topicfilter.h"

#include "engine/tr.h"

#include <QtCore/QCoreApplication>

#include <array>

namespace twinloom {

std::optional<TopicFilter> TopicFilter::parse(const QString &filter, QString *error)
{
    auto fail = [&](const char *why) -> std::optional<TopicFilter> {
        if (error)
            *error = Tr::tr(why);
        return std::nullopt;
    };
    if (filter.isEmpty())
        return fail(QT_TRANSLATE_NOOP("Twinloom::Engine", "a topic filter cannot be empty"));
    TopicFilter f;
    f.m_text = filter;
    f.m_segments = filter.split(QLatin1Char('/'));
    for (qsizetype i = 0; i < f.m_segments.size(); ++i) {
        const QString &s = f.m_segments[i];
        if (s == QLatin1String("#") && i != f.m_segments.size() - 1)
            return fail(QT_TRANSLATE_NOOP("Twinloom::Engine",
                                          "'#' may only be the last segment of a topic filter"));
        if (s.size() > 1 && (s.contains(QLatin1Char('#')) || s.contains(QLatin1Char('+'))))
            return fail(QT_TRANSLATE_NOOP("Twinloom::Engine",
                                          "'+' and '#' must stand alone in their segment"));
    }
    return f;
}

namespace {
// Matches filter segments against topic segments given as up to three views plus a key that may
// itself contain '/'.
bool matchSegments(const QStringList &filter, const QStringList &topic)
{
    qsizetype i = 0;
    for (; i < filter.size(); ++i) {
        const QString &f = filter[i];
        if (f == QLatin1String("#"))
            return true;
        if (i >= topic.size())
            return false;
        if (f != QLatin1String("+") && f != topic[i])
            return false;
    }
    return i == topic.size();
}
} // namespace

bool TopicFilter::matches(QStringView topic) const
{
    return matchSegments(m_segments, topic.toString().split(QLatin1Char('/')));
}

bool TopicFilter::mayMatchTwin(QStringView twinId) const
{
    if (m_segments.isEmpty())
        return false;
    const QString &first = m_segments[0];
    if (first == QLatin1String("#"))
        return true;
    if (first != QLatin1String("+") && first != QLatin1String("twins"))
        return false;
    if (m_segments.size() < 2)
        return false;
    const QString &second = m_segments[1];
    return second == QLatin1String("+") || second == QLatin1String("#") || second == twinId;
}

bool TopicFilter::matches(QStringView twinId, QStringView segment, QStringView key) const
{
    // Fast path for the common forms without building the topic.
    const qsizetype n = m_segments.size();
    auto seg = [&](qsizetype i) -> QStringView {
        return i < n ? QStringView(m_segments[i]) : QStringView();
    };
    auto any = [](QStringView s) { return s == QLatin1String("+"); };
    auto all = [](QStringView s) { return s == QLatin1String("#"); };
    if (all(seg(0)))
        return true;
    if (!(any(seg(0)) || seg(0) == QLatin1String("twins")) || n < 2)
        return false;
    if (all(seg(1)))
        return true;
    if (!(any(seg(1)) || seg(1) == twinId))
        return false;
    if (n < 3)
        return false;
    if (all(seg(2)))
        return true;
    if (!(any(seg(2)) || seg(2) == segment))
        return false;
    if (key.isEmpty())
        return n == 3;
    if (n < 4)
        return false;
    if (all(seg(3)))
        return true;
    if (!key.contains(QLatin1Char('/')))
        return n == 4 && (any(seg(3)) || seg(3) == key);
    QStringList rest = m_segments.mid(3);
    return matchSegments(rest, key.toString().split(QLatin1Char('/')));
}

} // namespace twinloom
