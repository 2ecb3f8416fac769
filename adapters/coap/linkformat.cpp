#include "adapters/coap/linkformat.h"

#include "adapters/tr.h"

#include <QtCore/QCoreApplication>

#include <algorithm>

namespace twinloom {

namespace {
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}
} // namespace

QString CoreLink::attribute(const QString &name) const
{
    for (const auto &[key, value] : attributes) {
        if (key == name)
            return value;
    }
    return {};
}

bool CoreLink::hasResourceType(QStringView rt) const
{
    return std::any_of(resourceTypes.begin(), resourceTypes.end(),
                       [&](const QString &t) { return t == rt; });
}

bool CoreLink::hasInterface(QStringView ifd) const
{
    return std::any_of(interfaces.begin(), interfaces.end(),
                       [&](const QString &t) { return t == ifd; });
}

std::optional<QList<CoreLink>> parseLinkFormat(const QByteArray &document, QString *error)
{
    QList<CoreLink> links;
    const qsizetype n = document.size();
    qsizetype i = 0;
    auto skipSpace = [&] {
        while (i < n && isSpace(document[i]))
            ++i;
    };
    auto fail = [&](const QString &why) {
        *error = Adapters::Tr::tr("link format, at byte %1: %2").arg(i).arg(why);
        return std::nullopt;
    };
    skipSpace();
    while (i < n) {
        if (document[i] != '<')
            return fail(Adapters::Tr::tr("a link starts with '<'"));
        const qsizetype close = document.indexOf('>', i + 1);
        if (close < 0)
            return fail(Adapters::Tr::tr("'<' without '>'"));
        CoreLink link;
        link.target = QString::fromUtf8(document.mid(i + 1, close - i - 1));
        if (link.target.isEmpty())
            return fail(Adapters::Tr::tr("a link has an empty target"));
        i = close + 1;
        skipSpace();
        while (i < n && document[i] == ';') {
            ++i;
            skipSpace();
            const qsizetype start = i;
            while (i < n && document[i] != '=' && document[i] != ';' && document[i] != ',' &&
                   !isSpace(document[i]))
                ++i;
            const QString name = QString::fromUtf8(document.mid(start, i - start));
            if (name.isEmpty())
                return fail(Adapters::Tr::tr("an attribute has no name"));
            QString value;
            skipSpace();
            if (i < n && document[i] == '=') {
                ++i;
                skipSpace();
                if (i < n && document[i] == '"') {
                    QByteArray v;
                    ++i;
                    bool closed = false;
                    while (i < n) {
                        if (document[i] == '\\' && i + 1 < n) {
                            v += document[i + 1];
                            i += 2;
                            continue;
                        }
                        if (document[i] == '"') {
                            closed = true;
                            ++i;
                            break;
                        }
                        v += document[i++];
                    }
                    if (!closed)
                        return fail(Adapters::Tr::tr("a quoted value is not closed"));
                    value = QString::fromUtf8(v);
                } else {
                    const qsizetype vs = i;
                    while (i < n && document[i] != ';' && document[i] != ',' &&
                           !isSpace(document[i]))
                        ++i;
                    value = QString::fromUtf8(document.mid(vs, i - vs));
                }
            }
            skipSpace();
            link.attributes.append({name, value});
            const QStringList words = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (name == QLatin1String("rt")) {
                link.resourceTypes += words;
            } else if (name == QLatin1String("if")) {
                link.interfaces += words;
            } else if (name == QLatin1String("ct")) {
                for (const QString &w : words) {
                    bool ok = false;
                    const int ct = w.toInt(&ok);
                    if (!ok || ct < 0 || ct > 65535)
                        return fail(Adapters::Tr::tr("\"ct\" must list numbers from 0 to 65535"));
                    link.contentFormats << ct;
                }
            } else if (name == QLatin1String("obs")) {
                link.observable = true;
            } else if (name == QLatin1String("title")) {
                link.title = value;
            }
        }
        links.append(std::move(link));
        if (i >= n)
            break;
        if (document[i] != ',')
            return fail(Adapters::Tr::tr("links are separated by ','"));
        ++i;
        skipSpace();
    }
    return links;
}

} // namespace twinloom
