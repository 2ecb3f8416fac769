#include "adapters/codec/valuefield.h"

#include "adapters/tr.h"

namespace twinloom {

std::optional<ValueField> ValueField::parse(const QString &pointer)
{
    auto tokens = parseJsonPointer(pointer);
    if (!tokens)
        return std::nullopt;
    ValueField f;
    f.m_tokens = std::move(*tokens);
    return f;
}

QString ValueField::syntaxError()
{
    return Adapters::Tr::tr("not a JSON pointer: it must be empty or start with '/'");
}

QString ValueField::pointer() const
{
    QString out;
    for (QString token : m_tokens)
        out += QLatin1Char('/') + token.replace(QLatin1Char('~'), QLatin1String("~0"))
                                      .replace(QLatin1Char('/'), QLatin1String("~1"));
    return out;
}

const Value *ValueField::select(const Value &whole) const
{
    return m_tokens.isEmpty() ? &whole : whole.at(m_tokens);
}

QString ValueField::missing() const
{
    return Adapters::Tr::tr("the payload has nothing at '%1'").arg(pointer());
}

} // namespace twinloom
