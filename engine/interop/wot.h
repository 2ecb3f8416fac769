#pragma once

#include "engine/interop/interopio.h"
#include "engine/twindescriptor.h"
#include "engine/twinmodel.h"

#include <QtCore/QHash>
#include <QtCore/QString>
#include <QtCore/QUrl>

#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <optional>
#include <vector>

// W3C Web of Things Thing Descriptions 1.1: one per twin, with forms for each digital adapter that
// exposes it; and the import of Thing Descriptions and Thing Models as twin models, twins and
// physical adapters.
namespace twinloom::Wot {

inline constexpr const char *kTdContext = "https://www.w3.org/2022/wot/td/v1.1";
inline constexpr const char *kTdContext10 = "https://www.w3.org/2019/wot/td/v1";
// Twinloom's own terms ("tl:model", "tl:schema"…), for what a Thing Description has no word for.
inline constexpr const char *kTwinloomVocabulary = "urn:twinloom:vocabulary#";

// What a form builder is given: one digital adapter of one twin, and the twin's flattened model.
struct FormContext
{
    const TwinDescriptor &twin;
    const AdapterDescriptor &adapter;
    const TwinModel &model;
    QString pointer; // the adapter in the project, for notes
};

// What one digital adapter contributes to a Thing Description.
struct AdapterForms
{
    // The security scheme its forms need, by the name it prefers ("basic_sc"); none = nosec.
    QString securityName;
    nlohmann::ordered_json security;
    std::map<QString, std::vector<nlohmann::ordered_json>> properties; // forms, by affordance name
    std::map<QString, std::vector<nlohmann::ordered_json>> actions;
    std::map<QString, std::vector<nlohmann::ordered_json>> events;
    std::vector<nlohmann::ordered_json> thingForms; // readallproperties and the like
    std::vector<nlohmann::ordered_json> links;
    QHash<QString, QString> prefixes; // context prefixes its forms use: "mqv" → IRI
};

using FormBuilder = std::function<AdapterForms(const FormContext &context, Diagnostics &notes)>;

// One form of a Thing Description that an import offers to a physical binding.
struct FormUse
{
    enum class Kind { Property, Action, Event };
    Kind kind = Kind::Property;
    QString name; // the affordance's name in the imported model
    QString op;   // the one operation wanted: readproperty, observeproperty, writeproperty,
                  // invokeaction or subscribeevent
    QUrl href;    // resolved against the Thing Description's "base"
    const nlohmann::json &form;
    const nlohmann::json &affordance;
    QString pointer;                      // of the form
    std::vector<nlohmann::json> security; // the security schemes the form needs
};

// Builds the configuration of one physical adapter from the forms of one endpoint.
struct FormReader
{
    QString adapterType;
    // A new configuration for the endpoint of `href` (host, port, security).
    std::function<nlohmann::ordered_json(const QUrl &href,
                                         const std::vector<nlohmann::json> &security,
                                         Diagnostics &notes, const QString &pointer)>
        configure;
    // Adds a form to the configuration; false if the form cannot be used (another is tried).
    // A writeproperty form adds a physical action named `physicalAction`.
    std::function<bool(nlohmann::ordered_json &config, const FormUse &use,
                       const QString &physicalAction)>
        add;
};

// Form builders by digital adapter type, form readers by URI scheme. Each adapter family adds
// its own to global() when it registers its adapter types (registerBuiltinAdapters()).
class Bindings
{
public:
    static Bindings &global();

    void addFormBuilder(const QString &adapterType, FormBuilder builder);
    const FormBuilder *formBuilder(const QString &adapterType) const;
    void addFormReader(const QString &uriScheme, FormReader reader);
    const FormReader *formReader(const QString &uriScheme) const;

private:
    std::map<QString, FormBuilder> m_builders;
    std::map<QString, FormReader> m_readers;
};

// For the form builders and readers of adapter families.
QString hostForUrl(QString host); // an IPv6 address in brackets
nlohmann::ordered_json opList(std::initializer_list<const char *> ops);
bool hasSecurityScheme(const std::vector<nlohmann::json> &security, const char *scheme);
nlohmann::ordered_json *findByKey(nlohmann::ordered_json &array, const char *key,
                                  const std::string &value);
// The payload codec of the adapters ("json", "text", "senml", "cbor") for a form's content type.
const char *codecOfForm(const nlohmann::json &form);

struct ExportOptions
{
    const Bindings *bindings = nullptr; // null = Bindings::global()
};

// "urn:twinloom:<project>:<twin>".
QString thingId(const Project &project, const QString &twinId);

// The Thing Description of one twin. A twin that no digital adapter exposes has no forms, so it
// is described by a Thing Model ("@type": "tm:ThingModel") instead.
nlohmann::ordered_json thingDescription(const Project &project, const TwinDescriptor &twin,
                                        const TwinModel &model, const Bindings &bindings,
                                        Diagnostics &notes);

// One file per twin: "<twin>.td.json", or "<twin>.tm.json" for a Thing Model.
Interop::ExportOutput exportThingDescriptions(const Project &project,
                                              const ExportOptions &options = {});

struct ImportOptions
{
    QString projectName;
    const Bindings *bindings = nullptr; // null = Bindings::global()
};

// Thing Descriptions become twins (with their model, and physical adapters where the forms have
// a reader), Thing Models become models. Links between imported Things become relationships.
Interop::ImportOutput importThingDescriptions(const std::vector<Interop::InputFile> &files,
                                              const ImportOptions &options = {});

// The JSON Schema form of a schema as a Thing Description writes it, and back.
nlohmann::ordered_json dataSchema(const Schema &schema);
nlohmann::json schemaFromDataSchema(const nlohmann::json &dataSchema, const QString &pointer,
                                    Diagnostics &diagnostics);

} // namespace twinloom::Wot
