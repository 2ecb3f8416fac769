#include "engine/jsoninput.h"

#include "engine/tr.h"

#include <set>
#include <vector>

namespace twinloom::JsonInput {

QString position(QByteArrayView text, std::size_t byte)
{
    int line = 1;
    int column = 1;
    const std::size_t end = std::min(byte, static_cast<std::size_t>(text.size()));
    for (std::size_t i = 0; i + 1 < end; ++i) {
        if (text[static_cast<qsizetype>(i)] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return Tr::tr("line %1, column %2").arg(line).arg(column);
}

QString depthError(QByteArrayView text, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i; // the escaped character, whatever it is
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            if (++depth > maxDepth)
                return Tr::tr("JSON nested deeper than %1 levels at %2")
                    .arg(maxDepth)
                    .arg(position(text, static_cast<std::size_t>(i) + 1));
            break;
        case ']':
        case '}':
            --depth;
            break;
        default:
            break;
        }
    }
    return {};
}

QString duplicateKeyError(QByteArrayView text)
{
    struct Frame
    {
        bool object = false;
        bool expectKey = false; // an object, after '{' or ','
        int index = 0;          // an array: the element now read
        QString key;            // an object: the key of the value now read
        std::set<QString> keys;
    };
    std::vector<Frame> frames;
    const auto pointer = [&frames](std::size_t depth) {
        QString out;
        for (std::size_t i = 0; i < depth; ++i) {
            const Frame &f = frames[i];
            QString token = f.object ? f.key : QString::number(f.index);
            token.replace(QLatin1Char('~'), QLatin1String("~0"));
            token.replace(QLatin1Char('/'), QLatin1String("~1"));
            out += QLatin1Char('/') + token;
        }
        return out.isEmpty() ? QStringLiteral("/") : out;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
        case '"': {
            const qsizetype start = i;
            bool escaped = false;
            for (++i; i < text.size() && text[i] != '"'; ++i) {
                if (text[i] == '\\') {
                    escaped = true;
                    ++i;
                }
            }
            if (frames.empty() || !frames.back().object || !frames.back().expectKey)
                break;
            Frame &f = frames.back();
            f.expectKey = false;
            const QByteArrayView raw = text.sliced(start, i - start + 1);
            QString key;
            if (!escaped) {
                key = QString::fromUtf8(raw.sliced(1, raw.size() - 2));
            } else {
                try {
                    key = QString::fromStdString(
                        nlohmann::json::parse(raw.begin(), raw.end()).get<std::string>());
                } catch (const nlohmann::json::exception &) {
                    key = QString::fromUtf8(raw.sliced(1, raw.size() - 2));
                }
            }
            if (!f.keys.insert(key).second)
                return Tr::tr("the key \"%1\" appears twice in the object at %2 (%3); a reader "
                              "would keep only the last")
                    .arg(key, pointer(frames.size() - 1),
                         position(text, static_cast<std::size_t>(start) + 1));
            f.key = key;
            break;
        }
        case '{':
            frames.push_back(Frame{true, true, 0, {}, {}});
            break;
        case '[':
            frames.push_back(Frame{});
            break;
        case '}':
        case ']':
            if (!frames.empty())
                frames.pop_back();
            break;
        case ',':
            if (!frames.empty()) {
                if (frames.back().object)
                    frames.back().expectKey = true;
                else
                    ++frames.back().index;
            }
            break;
        default:
            break;
        }
    }
    return {};
}

namespace {
// nlohmann's text starts with "[json.exception.parse_error.101] parse error at line…: ".
QString reason(const nlohmann::json::exception &e)
{
    QString what = QString::fromUtf8(e.what());
    // "…; last read: '<the text>'" echoes the input, which may be a file that is not ours.
    if (const qsizetype lastRead = what.indexOf(QStringLiteral("; last read:")); lastRead >= 0)
        what.truncate(lastRead);
    const qsizetype colon = what.lastIndexOf(QStringLiteral(": "));
    if (colon >= 0)
        return what.mid(colon + 2);
    const qsizetype bracket = what.indexOf(QLatin1Char(']'));
    return bracket >= 0 ? what.mid(bracket + 1).trimmed() : what;
}

template<typename Json>
std::optional<Json> parseAs(QByteArrayView text, QString *error, int maxDepth, Keys keys)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (QString deep = depthError(text, maxDepth); !deep.isEmpty())
        return fail(deep);
    try {
        Json json = Json::parse(text.begin(), text.end());
        if (keys == Keys::Unique) {
            if (QString twice = duplicateKeyError(text); !twice.isEmpty())
                return fail(twice);
        }
        return json;
    } catch (const nlohmann::json::parse_error &e) {
        return fail(Tr::tr("not valid JSON at %1: %2").arg(position(text, e.byte), reason(e)));
    } catch (const nlohmann::json::exception &e) {
        // out_of_range: a number too large for a double (1e400).
        return fail(Tr::tr("not valid JSON: %1").arg(reason(e)));
    }
}
} // namespace

std::optional<nlohmann::json> parse(QByteArrayView text, QString *error, int maxDepth, Keys keys)
{
    return parseAs<nlohmann::json>(text, error, maxDepth, keys);
}

std::optional<nlohmann::ordered_json> parseOrdered(QByteArrayView text, QString *error,
                                                   int maxDepth, Keys keys)
{
    return parseAs<nlohmann::ordered_json>(text, error, maxDepth, keys);
}

nlohmann::json parseOrDiscarded(QByteArrayView text, QString *error, int maxDepth)
{
    return parse(text, error, maxDepth)
        .value_or(nlohmann::json(nlohmann::json::value_t::discarded));
}

nlohmann::ordered_json parseOrderedOrDiscarded(QByteArrayView text, QString *error, int maxDepth)
{
    return parseOrdered(text, error, maxDepth)
        .value_or(nlohmann::ordered_json(nlohmann::ordered_json::value_t::discarded));
}

} // namespace twinloom::JsonInput
