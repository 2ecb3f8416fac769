#include "engine/interop/wotschema.h"

#include "engine/interop/tr.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>

#include <map>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

namespace twinloom::Wot {
namespace {

// Parsed once, read by every import (valijson's Schema is immutable once populated).
const valijson::Schema *tdSchema()
{
    static const std::unique_ptr<valijson::Schema> schema = [] {
        QFile f(QStringLiteral(":/wot/td-json-schema-validation.json"));
        if (!f.open(QIODevice::ReadOnly))
            return std::unique_ptr<valijson::Schema>();
        const QByteArray bytes = f.readAll();
        const nlohmann::json document =
            nlohmann::json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
        if (document.is_discarded())
            return std::unique_ptr<valijson::Schema>();
        auto parsed = std::make_unique<valijson::Schema>();
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        const valijson::adapters::NlohmannJsonAdapter adapter(document);
        parser.populateSchema(adapter, *parsed);
        return parsed;
    }();
    return schema.get();
}

// valijson's context ("<root>", "[properties]", "[temp]") as a JSON pointer.
QString pointerOf(const std::vector<std::string> &context)
{
    QString pointer;
    for (const std::string &part : context) {
        if (part == "<root>")
            continue;
        QString token = QString::fromStdString(part);
        if (token.startsWith(QLatin1Char('[')) && token.endsWith(QLatin1Char(']')))
            token = token.mid(1, token.size() - 2);
        token.replace(QLatin1Char('~'), QStringLiteral("~0"));
        token.replace(QLatin1Char('/'), QStringLiteral("~1"));
        pointer += QLatin1Char('/') + token;
    }
    return pointer;
}

// A reason that names the rule, rather than one of valijson's "failed to validate against child
// schema" summaries.
bool isSummary(const std::string &description)
{
    return description.rfind("Failed to validate against", 0) == 0;
}

} // namespace

bool checkTdSchema(const nlohmann::json &td, Diagnostics &diagnostics)
{
    const valijson::Schema *schema = tdSchema();
    if (!schema) {
        diagnostics.error({}, Tr::tr("the Thing Description 1.1 JSON Schema cannot be read"));
        return false;
    }
    valijson::Validator validator(valijson::Validator::kStrongTypes);
    valijson::ValidationResults results;
    const valijson::adapters::NlohmannJsonAdapter adapter(td);
    if (validator.validate(*schema, adapter, &results))
        return true;
    // The deepest places refused, each with its most precise reason: alternatives (oneOf,
    // anyOf) report at every branch, and the deepest place is where the document went wrong.
    std::map<QString, std::string> reasons;
    std::size_t deepest = 0;
    valijson::ValidationResults::Error e;
    while (results.popError(e)) {
        const QString pointer = pointerOf(e.context);
        const std::size_t depth = std::size_t(pointer.count(QLatin1Char('/')));
        if (depth < deepest)
            continue;
        if (depth > deepest) {
            reasons.clear();
            deepest = depth;
        }
        auto it = reasons.find(pointer);
        if (it == reasons.end() || (isSummary(it->second) && !isSummary(e.description)))
            reasons[pointer] = e.description;
    }
    for (const auto &[pointer, reason] : reasons) {
        diagnostics.error(pointer, Tr::tr("the Thing Description 1.1 JSON Schema refuses this: %1")
                                       .arg(QString::fromStdString(reason)));
    }
    return false;
}

} // namespace twinloom::Wot
