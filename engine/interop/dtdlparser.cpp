#include "engine/interop/dtdlparser.h"

#include "engine/interop/dtdlmetamodel.h"
#include "engine/interop/tr.h"
#include "engine/jsoninput.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QDirIterator>
#include <QtCore/QFile>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>
#include <map>

namespace twinloom::Dtdl {

namespace mm = MetaModel;
using Json = nlohmann::json;

QString Problem::toString() const
{
    QString where = file;
    if (!path.isEmpty() || where.isEmpty())
        where += QLatin1Char(':') + (path.isEmpty() ? QStringLiteral("/") : path);
    QString text = where + QStringLiteral(": ");
    if (!elementId.isEmpty())
        text += elementId + QStringLiteral(": ");
    return text + message;
}

std::vector<const Link *> Element::linksOf(Member member) const
{
    std::vector<const Link *> out;
    for (const Link &l : links) {
        if (l.member == member)
            out.push_back(&l);
    }
    return out;
}

const Link *Element::firstLink(Member member) const
{
    for (const Link &l : links) {
        if (l.member == member)
            return &l;
    }
    return nullptr;
}

QString Element::text(const QHash<QString, QString> &strings) const
{
    if (strings.isEmpty())
        return {};
    for (const char *lang : {"en", "en-US", "en-GB"}) {
        auto it = strings.constFind(QLatin1String(lang));
        if (it != strings.constEnd())
            return *it;
    }
    QStringList keys = strings.keys();
    keys.sort();
    return strings.value(keys.front());
}

const Element *ParseResult::find(const QString &id) const
{
    return m_byId.value(id, nullptr);
}

std::vector<const Element *> ParseResult::interfaces() const
{
    std::vector<const Element *> out;
    for (const auto &e : m_elements) {
        if (e->kind == ElementKind::Interface && e->explicitId)
            out.push_back(e.get());
    }
    return out;
}

QString ParseResult::summary() const
{
    switch (outcome) {
    case Outcome::Valid:
        return Tr::tr("valid: %1 interfaces in %2 documents")
            .arg(interfaces().size())
            .arg(documentCount);
    case Outcome::Invalid:
        return Tr::tr("invalid: %1 errors").arg(errors.size());
    case Outcome::Incomplete:
        return Tr::tr("incomplete: undefined %1")
            .arg(undefinedIdentifiers.join(QStringLiteral(", ")));
    }
    return {};
}

bool isValidDtmi(QStringView text, int dtdlVersion)
{
    static const QRegularExpression v2(QStringLiteral(
        "^dtmi:[A-Za-z](?:[A-Za-z0-9_]*[A-Za-z0-9])?(?::[A-Za-z](?:[A-Za-z0-9_]*[A-Za-z0-9])?)*"
        ";[1-9][0-9]{0,8}$"));
    static const QRegularExpression v3(QStringLiteral(
        "^dtmi:[A-Za-z](?:[A-Za-z0-9_]*[A-Za-z0-9])?(?::[A-Za-z](?:[A-Za-z0-9_]*[A-Za-z0-9])?)*"
        "(?:;[1-9][0-9]{0,8}(?:\\.[1-9][0-9]{0,5})?)?$"));
    if (text.size() > 2048)
        return false;
    return (dtdlVersion <= 2 ? v2 : v3).match(text.toString()).hasMatch();
}

namespace {

const QRegularExpression &languagePattern()
{
    static const QRegularExpression re(
        QStringLiteral("^[a-z]{2,4}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$"));
    return re;
}

const QRegularExpression &namePattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z](?:[A-Za-z0-9_]*[A-Za-z0-9])?$"));
    return re;
}

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QString quoted(const QString &s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QString pointer(const QString &base, const QString &token)
{
    if (!token.contains(QLatin1Char('~')) && !token.contains(QLatin1Char('/')))
        return base + QLatin1Char('/') + token;
    QString t = token;
    t.replace(QLatin1Char('~'), QStringLiteral("~0"));
    t.replace(QLatin1Char('/'), QStringLiteral("~1"));
    return base + QLatin1Char('/') + t;
}

QString pointer(const QString &base, std::size_t index)
{
    return base + QLatin1Char('/') + QString::number(index);
}

// The JSON-LD keywords a value object may carry in DTDL v2 besides @value, @type and @language.
bool isForbiddenValueKeyword(const std::string &key)
{
    return key == "@id" || key == "@context" || key == "@graph";
}

struct ActiveContext
{
    int version = 0; // 2 or 3; 0 = none given
    bool quantitativeTypes = false;
    bool iotCentral = false;
    bool undefinedExtension = false;
    mm::ActiveExtensions extensions{}; // the version of each known extension in effect
    bool onvifLimits = false;          // DTDL v4 "#limitless" with "dtmi:dtdl:limits:onvif;1"
};

constexpr QLatin1String kLimitlessContext("dtmi:dtdl:context;4#limitless");
constexpr QLatin1String kCoreLimitsContext("dtmi:dtdl:context;4#limits");
constexpr QLatin1String kOnvifLimitsContext("dtmi:dtdl:limits:onvif;1");

bool isComplexSchema(ElementKind kind)
{
    return kind == ElementKind::Array || kind == ElementKind::Enum || kind == ElementKind::Map ||
           kind == ElementKind::Object;
}

// The most levels of "extends" and of nested complex schemas an element's version allows.
int maxExtendsDepth(const Element *e)
{
    return e->dtdlVersion >= 4 ? 12 : 10;
}
int maxSchemaDepth(const Element *e)
{
    return e->dtdlVersion >= 4 ? (e->onvifLimits ? 24 : 8) : 5;
}

// A literal read from a representational value: {"@value": x, "@type": "xsd:…"} or x itself.
struct Literal
{
    const Json *value = nullptr;
    bool ok = false;
};

// The heaviest path from `root` along the links `follow` accepts, in an acyclic graph; `memo`
// keeps the result of every element visited. Iterative, so long chains cannot exhaust the stack.
template<typename Follow, typename Weight>
int longestPath(const Element *root, QHash<const Element *, int> &memo, Follow follow,
                Weight weight)
{
    if (auto it = memo.constFind(root); it != memo.constEnd())
        return *it;
    std::vector<std::pair<const Element *, std::size_t>> stack{{root, 0}};
    QSet<const Element *> onStack{root}; // a link back to one of these (DTDL v4 schemas) adds 0
    while (!stack.empty()) {
        const Element *node = stack.back().first;
        const std::size_t next = stack.back().second;
        if (next < node->links.size()) {
            ++stack.back().second;
            const Link &l = node->links[next];
            if (follow(l) && l.element && !memo.contains(l.element) &&
                !onStack.contains(l.element)) {
                stack.emplace_back(l.element, 0);
                onStack.insert(l.element);
            }
            continue;
        }
        int d = 0;
        for (const Link &l : node->links) {
            if (follow(l))
                d = std::max(d, weight(l) + (l.element ? memo.value(l.element) : 0));
        }
        memo.insert(node, d);
        onStack.remove(node);
        stack.pop_back();
    }
    return memo.value(root);
}

} // namespace

namespace Internal {

class Builder
{
public:
    Builder(const ParseOptions &options, ParseResult &result)
        : m_options(options)
        , m_result(result)
    {}

    void parseDocument(const QString &file, const QByteArray &bytes);
    void finish(const Resolver &resolver);

private:
    using Spec = mm::MemberSpec;

    void error(const QString &file, const Element *near, const QString &path,
               const QString &message);
    void error(const Element *e, const QString &path, const QString &message)
    {
        error(e->file, e, path, message);
    }

    std::optional<ActiveContext> readContext(const Json &value, const ActiveContext &inherited,
                                             bool topLevel, const QString &file,
                                             const Element *near, const QString &path);
    Element *parseElement(const Json &j, const QString &file, const QString &path, Element *parent,
                          const Spec *spec, const ActiveContext &inherited, bool topLevel);
    void readMember(Element *e, const Spec &spec, const Json &value, const QString &path,
                    const ActiveContext &ctx);
    void readLinks(Element *e, const Spec &spec, const Json &value, const QString &path,
                   const ActiveContext &ctx);
    bool readString(Element *e, const Json &value, const QString &path, const QString &member,
                    QString *out);
    std::optional<Literal> readLiteral(Element *e, const Json &value, const QString &path,
                                       const QString &member, const char *xsdType);
    void readLocalizable(Element *e, const Spec &spec, const Json &value, const QString &path,
                         QHash<QString, QString> *out);
    void checkLength(Element *e, const Spec &spec, const QString &text, const QString &path);

    // After parsing.
    void registerIds(bool report);
    void resolveReferences();
    bool checkCycles();
    void checkExtends();
    void checkSchemaDepth();
    void checkContentsLimit();
    void checkComponents();
    void checkNames();
    void checkSemantics();
    void checkAdjuncts();
    using AdjunctLookup =
        std::function<std::pair<const Json *, QString>(const mm::AdjunctProperty *)>;
    void readAdjunctProperties(Element *e, const std::vector<const mm::AdjunctType *> &adjuncts,
                               const ActiveContext &ctx, const AdjunctLookup &given);
    void contentsOf(const Element *iface, std::vector<const Element *> &out,
                    QSet<const Element *> &seen) const;
    const Spec *specOf(const Element *owner, Member member) const
    {
        return mm::memberSpec(owner->kind, owner->dtdlVersion, member);
    }

    const ParseOptions &m_options;
    ParseResult &m_result;
    std::vector<std::pair<Element *, const Link *>> m_references;
    QSet<QString> m_undefined;
    // Interfaces whose "extends" break the depth or count limits: they are reported once, and the
    // checks of inherited contents look only at their own, which keeps those checks linear in the
    // size of the input however long a chain is.
    QSet<const Element *> m_extendsOverLimit;
    int m_generatedIds = 0;
    int m_depth = 0;
    // Far beyond what the DTDL limits allow in a valid model; guards the parser's stack.
    static constexpr int kMaxNesting = 200;
};

void Builder::error(const QString &file, const Element *near, const QString &path,
                    const QString &message)
{
    QString id;
    for (const Element *e = near; e; e = e->parent) {
        if (e->explicitId) {
            id = e->id;
            break;
        }
    }
    m_result.errors.push_back({file, id, path, message});
}

void Builder::parseDocument(const QString &file, const QByteArray &bytes)
{
    ++m_result.documentCount;
    QByteArray text = bytes;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    const Json doc = JsonInput::parseOrDiscarded(text);
    if (doc.is_discarded()) {
        error(file, nullptr, {}, Tr::tr("the document is not valid JSON"));
        return;
    }
    if (doc.is_object()) {
        parseElement(doc, file, {}, nullptr, nullptr, {}, true);
        return;
    }
    if (doc.is_array()) {
        for (std::size_t i = 0; i < doc.size(); ++i) {
            if (!doc[i].is_object()) {
                error(file, nullptr, pointer(QString(), i),
                      Tr::tr("a document must be an object or an array of objects"));
                continue;
            }
            parseElement(doc[i], file, pointer(QString(), i), nullptr, nullptr, {}, true);
        }
        return;
    }
    error(file, nullptr, {}, Tr::tr("a document must be an object or an array of objects"));
}

std::optional<ActiveContext> Builder::readContext(const Json &value, const ActiveContext &inherited,
                                                  bool topLevel, const QString &file,
                                                  const Element *near, const QString &path)
{
    std::vector<QString> items;
    if (value.is_string()) {
        items.push_back(qs(value.get<std::string>()));
    } else if (value.is_array()) {
        for (const Json &v : value) {
            if (!v.is_string()) {
                error(file, near, path, Tr::tr("\"@context\" must hold only strings"));
                return std::nullopt;
            }
            items.push_back(qs(v.get<std::string>()));
        }
    } else {
        error(file, near, path, Tr::tr("\"@context\" must be a string or an array of strings"));
        return std::nullopt;
    }

    ActiveContext ctx = inherited;
    bool ok = true;
    int dtdlVersion = 0;
    bool extensionSeen = false;
    bool knownExtensionSeenOnly = true; // DTDL v2 lets its known extensions come first
    std::vector<QString> extensions;
    int onvif = -1; // DTDL v4 limitless context: 0 core limits after it, 1 Onvif's; -1 none
    for (std::size_t i = 0; i < items.size(); ++i) {
        const QString &item = items[i];
        if (item == kLimitlessContext) {
            // DTDL v4 without its limits, then the limits that apply: the core ones again or
            // those of a limit extension.
            if (extensionSeen) {
                error(file, near, path,
                      Tr::tr("the DTDL context must come before any extension context"));
                ok = false;
            }
            const QString next = i + 1 < items.size() ? items[i + 1] : QString();
            if (next == kCoreLimitsContext || next == QLatin1String("dtmi:dtdl:context;4")) {
                onvif = 0;
                ++i;
            } else if (next == kOnvifLimitsContext) {
                onvif = 1;
                ++i;
            } else {
                error(file, near, path,
                      Tr::tr("%1 must be followed by the limits that apply: %2 or a limit "
                             "extension such as %3")
                          .arg(quoted(kLimitlessContext), quoted(kCoreLimitsContext),
                               quoted(kOnvifLimitsContext)));
                ok = false;
            }
            dtdlVersion = 4;
            continue;
        }
        if (item == kCoreLimitsContext || item == kOnvifLimitsContext) {
            error(
                file, near, path,
                Tr::tr("%1 must directly follow %2").arg(quoted(item), quoted(kLimitlessContext)));
            ok = false;
            continue;
        }
        if (!isValidDtmi(item, 2)) {
            error(file, near, path,
                  Tr::tr("context %1 is not a DTMI with a version").arg(quoted(item)));
            ok = false;
            continue;
        }
        if (item.startsWith(QLatin1String("dtmi:dtdl:context;"))) {
            const int v = item.mid(18).toInt();
            if (v != 2 && v != 3 && v != 4) {
                error(file, near, path,
                      Tr::tr("DTDL version %1 is not supported").arg(item.mid(18)));
                ok = false;
                continue;
            }
            if (extensionSeen && !(v == 2 && knownExtensionSeenOnly)) {
                error(file, near, path,
                      Tr::tr("the DTDL context must come before any extension context"));
                ok = false;
            }
            dtdlVersion = v;
            onvif = -1;
            continue;
        }
        extensionSeen = true;
        knownExtensionSeenOnly = knownExtensionSeenOnly && mm::isKnownExtension(item, 2);
        extensions.push_back(item);
    }
    if (dtdlVersion != 0) {
        if (inherited.version != 0 && dtdlVersion != inherited.version) {
            // Extensions are tied to a DTDL version; a new version starts afresh.
            ctx = ActiveContext{};
        }
        ctx.version = dtdlVersion;
        ctx.onvifLimits = onvif == 1;
    }
    if (topLevel && dtdlVersion == 0) {
        error(file, near, path,
              Tr::tr("a top-level element needs \"@context\" with \"dtmi:dtdl:context;4\", "
                     "\"dtmi:dtdl:context;3\" or \"dtmi:dtdl:context;2\""));
        return std::nullopt;
    }
    for (const QString &ext : extensions) {
        if (const auto known = mm::extensionOfContext(ext, ctx.version)) {
            ctx.extensions[static_cast<int>(known->extension)] =
                static_cast<std::uint8_t>(known->version);
            if (known->extension == mm::Extension::QuantitativeTypes)
                ctx.quantitativeTypes = true;
            else if (known->extension == mm::Extension::IotCentral)
                ctx.iotCentral = true;
        } else if (m_options.allowUndefinedExtensions) {
            ctx.undefinedExtension = true;
        } else {
            error(file, near, path, Tr::tr("extension context %1 is not defined").arg(quoted(ext)));
            ok = false;
        }
    }
    if (!ok)
        return std::nullopt;
    return ctx;
}

Element *Builder::parseElement(const Json &j, const QString &file, const QString &path,
                               Element *parent, const Spec *spec, const ActiveContext &inherited,
                               bool topLevel)
{
    ActiveContext ctx = inherited;
    const Element *near = parent;
    if (m_depth >= kMaxNesting) {
        error(file, near, path,
              Tr::tr("elements are nested more than %1 levels deep").arg(kMaxNesting));
        return nullptr;
    }
    auto ctxIt = j.find("@context");
    if (ctxIt != j.end()) {
        auto read = readContext(*ctxIt, inherited, topLevel, file, near,
                                pointer(path, QStringLiteral("@context")));
        if (!read)
            return nullptr;
        ctx = *read;
    } else if (topLevel) {
        error(file, near, path,
              Tr::tr("a top-level element needs \"@context\" with \"dtmi:dtdl:context;4\", "
                     "\"dtmi:dtdl:context;3\" or \"dtmi:dtdl:context;2\""));
        return nullptr;
    }
    const int version = ctx.version;
    if (parent && version != parent->dtdlVersion &&
        !(spec && spec->acceptsEarlierVersion && version < parent->dtdlVersion)) {
        error(file, near, path,
              Tr::tr("a DTDL v%1 element cannot appear here in a DTDL v%2 "
                     "element")
                  .arg(version)
                  .arg(parent->dtdlVersion));
        return nullptr;
    }

    mm::KindSet allowed = spec ? spec->classes : mm::kindBit(ElementKind::Interface);
    const QString memberName =
        spec ? QString(memberTerm(spec->member)) : QStringLiteral("top level");

    // "@type": one material class, optionally semantic types and informal co-types.
    std::optional<ElementKind> kind;
    QStringList semanticTypes;
    std::vector<const mm::AdjunctType *> adjuncts;
    bool informal = false;
    bool typeOk = true;
    auto typeIt = j.find("@type");
    const QString typePath = pointer(path, QStringLiteral("@type"));
    if (typeIt == j.end()) {
        int count = 0;
        ElementKind only = ElementKind::Interface;
        for (int k = 0; k < kElementKindCount; ++k) {
            const auto ek = static_cast<ElementKind>(k);
            if ((allowed & mm::kindBit(ek)) && mm::classExists(ek, version)) {
                ++count;
                only = ek;
            }
        }
        if (count == 1 && mm::typeMayBeImplicit(only)) {
            kind = only;
        } else {
            error(file, near, path,
                  Tr::tr("the element in \"%1\" needs \"@type\"").arg(memberName));
            return nullptr;
        }
    } else {
        std::vector<QString> types;
        if (typeIt->is_string()) {
            types.push_back(qs(typeIt->get<std::string>()));
        } else if (typeIt->is_array()) {
            for (const Json &t : *typeIt) {
                if (!t.is_string()) {
                    typeOk = false;
                    break;
                }
                types.push_back(qs(t.get<std::string>()));
            }
        } else {
            typeOk = false;
        }
        if (!typeOk) {
            error(file, near, typePath,
                  Tr::tr("\"@type\" must be a string or an array of strings"));
            return nullptr;
        }
        for (const QString &t : types) {
            if (auto k = mm::classForType(t, version)) {
                if (kind && *kind != *k) {
                    error(file, near, typePath,
                          Tr::tr("\"@type\" names two element classes, %1 "
                                 "and %2")
                              .arg(elementKindName(*kind), elementKindName(*k)));
                    typeOk = false;
                }
                kind = k;
                continue;
            }
            const bool semanticAllowed = version == 2 || ctx.quantitativeTypes;
            const QString semantic = semanticAllowed ? mm::semanticTypeFor(t, version) : QString();
            if (!semantic.isEmpty()) {
                if (!semanticTypes.contains(semantic))
                    semanticTypes.push_back(semantic);
                continue;
            }
            if (const mm::AdjunctType *a = mm::adjunctTypeFor(t, ctx.extensions)) {
                if (std::find(adjuncts.begin(), adjuncts.end(), a) == adjuncts.end())
                    adjuncts.push_back(a);
                continue;
            }
            if (t.startsWith(QLatin1String("dtmi:"))) {
                if (!isValidDtmi(t, version)) {
                    error(file, near, typePath,
                          Tr::tr("%1 in \"@type\" is not a valid DTMI").arg(quoted(t)));
                    typeOk = false;
                } else if (ctx.undefinedExtension) {
                    informal = true;
                } else {
                    error(file, near, typePath,
                          Tr::tr("%1 in \"@type\" is not a type that can "
                                 "be used here")
                              .arg(quoted(t)));
                    typeOk = false;
                }
                continue;
            }
            if (t.contains(QLatin1Char(':'))) {
                if (version == 2) {
                    informal = true;
                } else {
                    error(file, near, typePath,
                          Tr::tr("%1 in \"@type\" is neither a DTMI nor a "
                                 "term")
                              .arg(quoted(t)));
                    typeOk = false;
                }
                continue;
            }
            if (mm::isReserved(t, version) && !ctx.undefinedExtension) {
                error(file, near, typePath,
                      Tr::tr("%1 in \"@type\" is not a type that can be "
                             "used here")
                          .arg(quoted(t)));
                typeOk = false;
                continue;
            }
            if (version == 2 || ctx.undefinedExtension) {
                informal = true;
            } else {
                error(file, near, typePath,
                      Tr::tr("%1 in \"@type\" is not a defined term").arg(quoted(t)));
                typeOk = false;
            }
        }
        if (!kind) {
            error(file, near, typePath, Tr::tr("\"@type\" names no DTDL element class"));
            return nullptr;
        }
        if (!typeOk)
            return nullptr;
    }
    if (!(allowed & mm::kindBit(*kind))) {
        if (topLevel) {
            error(file, near, typePath,
                  Tr::tr("a top-level element must be an Interface, not %1")
                      .arg(elementKindName(*kind)));
        } else {
            error(file, near, typePath,
                  Tr::tr("%1 is not allowed in \"%2\"").arg(elementKindName(*kind), memberName));
        }
        return nullptr;
    }
    for (const mm::AdjunctType *a : adjuncts) {
        if (!(a->classes & mm::kindBit(*kind))) {
            error(file, near, typePath,
                  Tr::tr("%1 cannot co-type %2").arg(a->term, elementKindName(*kind)));
            return nullptr;
        }
    }
    if (!semanticTypes.isEmpty()) {
        const ElementKind k = *kind;
        const bool ok =
            version == 2 ? (k == ElementKind::Telemetry || k == ElementKind::Property)
                         : (k == ElementKind::Telemetry || k == ElementKind::Property ||
                            k == ElementKind::Field || k == ElementKind::MapValue ||
                            k == ElementKind::CommandRequest || k == ElementKind::CommandResponse);
        if (!ok) {
            error(file, near, typePath,
                  Tr::tr("a semantic type cannot co-type %1").arg(elementKindName(k)));
            return nullptr;
        }
        if (semanticTypes.size() > 1) {
            error(file, near, typePath,
                  Tr::tr("an element can have only one semantic type, not "
                         "%1")
                      .arg(semanticTypes.join(QStringLiteral(", "))));
            return nullptr;
        }
    }

    auto owned = std::make_unique<Element>();
    Element *e = owned.get();
    e->kind = *kind;
    e->dtdlVersion = version;
    e->onvifLimits = ctx.onvifLimits;
    e->file = file;
    e->path = path;
    e->parent = parent;
    e->parentMember = spec ? spec->member : Member::Contents;
    e->topLevel = topLevel;
    e->informallyCotyped = informal;
    e->semanticTypes = semanticTypes;
    for (const mm::AdjunctType *a : adjuncts)
        e->adjunctTypes << a->term;
    e->partition =
        (topLevel || e->kind == ElementKind::Interface || !parent) ? e : parent->partition;
    m_result.m_elements.push_back(std::move(owned));

    // "@id"
    auto idIt = j.find("@id");
    const QString idPath = pointer(path, QStringLiteral("@id"));
    if (idIt != j.end()) {
        if (!idIt->is_string()) {
            error(file, near, idPath, Tr::tr("\"@id\" must be a DTMI string"));
        } else {
            const QString id = qs(idIt->get<std::string>());
            if (!isValidDtmi(id, version)) {
                error(file, near, idPath, Tr::tr("\"@id\" %1 is not a valid DTMI").arg(quoted(id)));
            } else if (id.startsWith(QLatin1String("dtmi:dtdl:")) ||
                       id.startsWith(QLatin1String("dtmi:standard:"))) {
                error(file, near, idPath,
                      Tr::tr("\"@id\" %1 uses a reserved prefix").arg(quoted(id)));
            } else if (e->kind == ElementKind::Interface && id.size() > 128) {
                error(file, near, idPath,
                      Tr::tr("the \"@id\" of an Interface must not be "
                             "longer than 128 characters"));
            } else {
                e->id = id;
                e->explicitId = true;
            }
        }
    } else if (e->kind == ElementKind::Interface || (spec && spec->member == Member::Schemas)) {
        error(file, near, path, Tr::tr("%1 needs \"@id\"").arg(elementKindName(e->kind)));
    }
    if (!e->explicitId)
        e->id = QStringLiteral("_:%1").arg(++m_generatedIds);

    // Members.
    const std::vector<Spec> &specs = mm::membersOf(e->kind, version);
    struct Found
    {
        const Json *value = nullptr;
        QString key;
    };
    std::map<int, Found> found;
    std::map<const mm::AdjunctProperty *, Found> adjunctFound;
    const Json *unitValue = nullptr;
    QString unitKey;
    // IoT Central's vector co-types take an optional unit without a semantic type.
    const QString vectorType = e->adjunctTypes.contains(QLatin1String("VelocityVector"))
                                   ? QStringLiteral("Velocity")
                               : e->adjunctTypes.contains(QLatin1String("AccelerationVector"))
                                   ? QStringLiteral("Acceleration")
                                   : QString();
    for (auto it = j.begin(); it != j.end(); ++it) {
        const std::string &rawKey = it.key();
        const QString key = qs(rawKey);
        const QString memberPath = pointer(path, key);
        if (rawKey == "@context" || rawKey == "@id" || rawKey == "@type")
            continue;
        if (key.startsWith(QLatin1Char('@'))) {
            if (version >= 3 || rawKey == "@graph") {
                error(e, memberPath,
                      Tr::tr("keyword %1 is not allowed in a DTDL element").arg(quoted(key)));
            }
            continue;
        }
        bool isDtmi = false;
        const std::optional<Member> m = mm::memberForKey(key, version, &isDtmi);
        if (m && *m == Member::Unit && (!e->semanticTypes.isEmpty() || !vectorType.isEmpty())) {
            if (unitValue) {
                error(e, memberPath,
                      Tr::tr("member \"unit\" is given twice, as a term and "
                             "as a DTMI"));
            }
            unitValue = &it.value();
            unitKey = key;
            continue;
        }
        const Spec *s = m ? mm::memberSpec(e->kind, version, *m) : nullptr;
        if (s) {
            Found &f = found[static_cast<int>(*m)];
            if (f.value) {
                error(e, memberPath,
                      Tr::tr("member \"%1\" is given twice, as a term and "
                             "as a DTMI")
                          .arg(memberTerm(*m)));
            }
            f.value = &it.value();
            f.key = key;
            continue;
        }
        if (!e->adjunctTypes.isEmpty()) {
            if (const mm::AdjunctProperty *ap =
                    mm::adjunctPropertyFor(key, e->adjunctTypes, ctx.extensions)) {
                Found &f = adjunctFound[ap];
                if (f.value) {
                    error(e, memberPath,
                          Tr::tr("member \"%1\" is given twice, as a term and as a DTMI")
                              .arg(ap->term));
                }
                f.value = &it.value();
                f.key = key;
                continue;
            }
        }
        // Not a member of this class.
        if (key.startsWith(QLatin1String("dtmi:"))) {
            if (!isValidDtmi(key, version)) {
                if (version >= 3 || !e->informallyCotyped) {
                    error(e, memberPath,
                          Tr::tr("member name %1 is not a valid DTMI").arg(quoted(key)));
                }
            } else if (!e->informallyCotyped) {
                error(e, memberPath,
                      Tr::tr("member %1 does not belong to %2")
                          .arg(quoted(key), elementKindName(e->kind)));
            }
            continue;
        }
        if (key.contains(QLatin1Char(':'))) {
            if (version >= 3 || !e->informallyCotyped) {
                error(e, memberPath,
                      Tr::tr("member name %1 is neither a DTMI nor a term").arg(quoted(key)));
            }
            continue;
        }
        if (e->informallyCotyped)
            continue;
        if (mm::isReserved(key, version) || m) {
            error(e, memberPath,
                  Tr::tr("member %1 does not belong to %2")
                      .arg(quoted(key), elementKindName(e->kind)));
        } else {
            error(e, memberPath,
                  Tr::tr("member %1 is not defined for %2")
                      .arg(quoted(key), elementKindName(e->kind)));
        }
    }

    for (const Spec &s : specs) {
        auto f = found.find(static_cast<int>(s.member));
        if (f == found.end()) {
            if (s.required) {
                error(
                    e, path,
                    Tr::tr("%1 needs \"%2\"").arg(elementKindName(e->kind), memberTerm(s.member)));
            }
            continue;
        }
        readMember(e, s, *f->second.value, pointer(path, f->second.key), ctx);
    }

    readAdjunctProperties(e, adjuncts, ctx, [&](const mm::AdjunctProperty *p) {
        auto f = adjunctFound.find(p);
        return f == adjunctFound.end()
                   ? std::pair<const Json *, QString>{nullptr, {}}
                   : std::pair<const Json *, QString>{f->second.value, f->second.key};
    });

    const QString measured = e->semanticTypes.isEmpty() ? vectorType : e->semanticTypes.front();
    if (!e->semanticTypes.isEmpty() || (!vectorType.isEmpty() && unitValue)) {
        if (!unitValue) {
            error(e, path,
                  Tr::tr("an element with semantic type %1 needs \"unit\"")
                      .arg(e->semanticTypes.front()));
        } else {
            const QString unitPath = pointer(path, unitKey);
            const Json *uv = unitValue;
            if (uv->is_array() && uv->size() == 1)
                uv = &(*uv)[0];
            const QString text = uv->is_string() ? qs(uv->get<std::string>()) : QString();
            const QString unit = text.isEmpty() ? QString() : mm::unitFor(text, version);
            if (unit.isEmpty()) {
                error(e, unitPath, Tr::tr("\"unit\" must name a standard unit"));
            } else if (!mm::unitMatchesSemanticType(unit, measured)) {
                error(e, unitPath,
                      Tr::tr("unit %1 does not measure %2").arg(quoted(unit), measured));
            } else {
                e->unit = unit;
            }
        }
    } else if (unitValue) {
        error(e, pointer(path, unitKey), Tr::tr("\"unit\" needs a semantic type in \"@type\""));
    }
    return e;
}

void Builder::checkLength(Element *e, const Spec &spec, const QString &text, const QString &path)
{
    if (spec.maxLength >= 0 && text.size() > spec.maxLength) {
        error(e, path,
              Tr::tr("\"%1\" must not be longer than %2 characters")
                  .arg(memberTerm(spec.member))
                  .arg(spec.maxLength));
    }
}

std::optional<Literal> Builder::readLiteral(Element *e, const Json &value, const QString &path,
                                            const QString &member, const char *xsdType)
{
    if (!value.is_object())
        return Literal{&value, true};
    const int version = e->dtdlVersion;
    auto fail = [&](const QString &why) {
        error(e, path, why);
        return std::nullopt;
    };
    const Json *v = nullptr;
    for (auto it = value.begin(); it != value.end(); ++it) {
        const std::string &k = it.key();
        if (k.empty() || k[0] != '@') {
            return fail(Tr::tr("a value object in \"%1\" may only have "
                               "keywords such as \"@value\"")
                            .arg(member));
        }
        if (k == "@value") {
            v = &it.value();
        } else if (k == "@type") {
            const Json *t = &it.value();
            if (t->is_array() && t->size() == 1)
                t = &(*t)[0];
            const std::string shortName = std::string("xsd:") + xsdType;
            const std::string longName = std::string("http://www.w3.org/2001/XMLSchema#") + xsdType;
            if (!t->is_string() ||
                (t->get<std::string>() != shortName && t->get<std::string>() != longName)) {
                return fail(Tr::tr("\"@type\" of the value in \"%1\" must "
                                   "be \"xsd:%2\"")
                                .arg(member, QLatin1String(xsdType)));
            }
        } else if (version >= 3 || isForbiddenValueKeyword(k)) {
            return fail(Tr::tr("a value object in \"%1\" may only have "
                               "\"@value\" and \"@type\"")
                            .arg(member));
        }
    }
    if (!v) {
        return fail(Tr::tr("the value object in \"%1\" needs \"@value\"").arg(member));
    }
    return Literal{v, true};
}

bool Builder::readString(Element *e, const Json &value, const QString &path, const QString &member,
                         QString *out)
{
    auto lit = readLiteral(e, value, path, member, "string");
    if (!lit)
        return false;
    if (!lit->value->is_string()) {
        error(e, path, Tr::tr("\"%1\" must be a string").arg(member));
        return false;
    }
    *out = qs(lit->value->get<std::string>());
    return true;
}

void Builder::readLocalizable(Element *e, const Spec &spec, const Json &value, const QString &path,
                              QHash<QString, QString> *out)
{
    const QString member = memberTerm(spec.member);
    const int version = e->dtdlVersion;
    if (value.is_string()) {
        const QString text = qs(value.get<std::string>());
        checkLength(e, spec, text, path);
        out->insert(QStringLiteral("en"), text);
        return;
    }
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it) {
            const QString lang = qs(it.key());
            if (!languagePattern().match(lang).hasMatch()) {
                error(e, path,
                      Tr::tr("%1 in \"%2\" is not a language code").arg(quoted(lang), member));
                continue;
            }
            if (!it.value().is_string()) {
                error(e, pointer(path, lang),
                      Tr::tr("each language of \"%1\" must map to a string").arg(member));
                continue;
            }
            const QString text = qs(it.value().get<std::string>());
            checkLength(e, spec, text, pointer(path, lang));
            out->insert(lang, text);
        }
        return;
    }
    if (!value.is_array()) {
        error(e, path, Tr::tr("\"%1\" must be a string, a language map or an array").arg(member));
        return;
    }
    int defaults = 0;
    QSet<QString> languages;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const Json &item = value[i];
        const QString itemPath = pointer(path, i);
        if (item.is_string()) {
            ++defaults;
            const QString text = qs(item.get<std::string>());
            checkLength(e, spec, text, itemPath);
            out->insert(QStringLiteral("en"), text);
            continue;
        }
        if (!item.is_object()) {
            error(e, itemPath,
                  Tr::tr("each value of \"%1\" must be a string or an "
                         "object with \"@value\"")
                      .arg(member));
            continue;
        }
        const Json *v = nullptr;
        std::optional<QString> lang;
        bool ok = true;
        for (auto it = item.begin(); it != item.end(); ++it) {
            const std::string &k = it.key();
            if (k.empty() || k[0] != '@') {
                ok = false;
            } else if (k == "@value") {
                v = &it.value();
            } else if (k == "@language") {
                if (!it.value().is_string() ||
                    !languagePattern().match(qs(it.value().get<std::string>())).hasMatch()) {
                    error(e, itemPath,
                          Tr::tr("\"@language\" in \"%1\" is not a "
                                 "language code")
                              .arg(member));
                    ok = false;
                } else {
                    lang = qs(it.value().get<std::string>());
                }
            } else if (version >= 3 || isForbiddenValueKeyword(k)) {
                ok = false;
            }
        }
        if (!ok || !v || !v->is_string()) {
            error(e, itemPath,
                  Tr::tr("each object in \"%1\" must be {\"@value\": "
                         "string, \"@language\": code}")
                      .arg(member));
            continue;
        }
        if (lang) {
            if (languages.contains(*lang)) {
                error(e, itemPath,
                      Tr::tr("language %1 appears twice in \"%2\"").arg(quoted(*lang), member));
            }
            languages.insert(*lang);
        }
        if (!lang || *lang == QLatin1String("en"))
            ++defaults;
        const QString text = qs(v->get<std::string>());
        checkLength(e, spec, text, itemPath);
        out->insert(lang.value_or(QStringLiteral("en")), text);
    }
    if (defaults > 1) {
        error(e, path, Tr::tr("\"%1\" has more than one text in the default language").arg(member));
    }
}

void Builder::readMember(Element *e, const Spec &spec, const Json &value, const QString &path,
                         const ActiveContext &ctx)
{
    const QString member = memberTerm(spec.member);
    if (spec.value == mm::ValueKind::LocalizableString) {
        readLocalizable(e, spec, value, path,
                        spec.member == Member::Description ? &e->description : &e->displayName);
        return;
    }
    if (spec.value == mm::ValueKind::Elements) {
        readLinks(e, spec, value, path, ctx);
        return;
    }

    // A single literal, possibly wrapped in an array of one.
    const Json *single = &value;
    QString singlePath = path;
    if (value.is_array()) {
        if (value.empty() && !spec.required)
            return;
        if (value.size() != 1) {
            error(e, path, Tr::tr("\"%1\" must have exactly one value").arg(member));
            return;
        }
        single = &value[0];
        singlePath = pointer(path, std::size_t(0));
    }

    switch (spec.value) {
    case mm::ValueKind::String: {
        QString text;
        if (!readString(e, *single, singlePath, member, &text))
            return;
        checkLength(e, spec, text, singlePath);
        if (spec.namePattern && !namePattern().match(text).hasMatch()) {
            error(e, singlePath,
                  Tr::tr("name %1 must start with a letter and contain only "
                         "letters, digits and underscores, not ending with "
                         "an underscore")
                      .arg(quoted(text)));
            return;
        }
        if (spec.member == Member::Name)
            e->name = text;
        else
            e->comment = text;
        return;
    }
    case mm::ValueKind::Boolean: {
        auto lit = readLiteral(e, *single, singlePath, member, "boolean");
        if (!lit)
            return;
        if (!lit->value->is_boolean()) {
            error(e, singlePath, Tr::tr("\"%1\" must be true or false").arg(member));
            return;
        }
        if (spec.member == Member::Nullable)
            e->nullable = lit->value->get<bool>();
        else
            e->writable = lit->value->get<bool>();
        return;
    }
    case mm::ValueKind::Integer:
    case mm::ValueKind::IntegerOrString: {
        const bool orString = spec.value == mm::ValueKind::IntegerOrString;
        const char *xsd = "integer";
        if (orString && single->is_object()) {
            auto v = single->find("@value");
            if (v != single->end() && v->is_string())
                xsd = "string";
        }
        if (orString && single->is_string())
            xsd = "string";
        auto lit = readLiteral(e, *single, singlePath, member, xsd);
        if (!lit)
            return;
        const Json &v = *lit->value;
        if (orString && v.is_string()) {
            e->enumValueString = qs(v.get<std::string>());
            return;
        }
        const bool inRange =
            v.is_number_unsigned()
                ? v.get<std::uint64_t>() <= std::uint64_t(std::numeric_limits<qint32>::max())
                : v.is_number_integer() && v.get<qint64>() >= std::numeric_limits<qint32>::min() &&
                      v.get<qint64>() <= std::numeric_limits<qint32>::max();
        if (!inRange) {
            error(e, singlePath,
                  orString ? Tr::tr("\"%1\" must be an integer or a string").arg(member)
                           : Tr::tr("\"%1\" must be an integer").arg(member));
            return;
        }
        const qint64 n = v.get<qint64>();
        if (spec.member == Member::EnumValue) {
            e->enumValueInteger = n;
        } else if (spec.member == Member::MaxMultiplicity) {
            if (n < 1) {
                error(e, singlePath, Tr::tr("\"maxMultiplicity\" must be at least 1"));
            } else if (e->dtdlVersion == 2 && n > 500) {
                error(e, singlePath, Tr::tr("\"maxMultiplicity\" must not exceed 500"));
            }
            e->maxMultiplicity = n;
        } else if (spec.member == Member::MinMultiplicity) {
            if (n != 0) {
                error(e, singlePath, Tr::tr("\"minMultiplicity\" must be 0"));
            }
            e->minMultiplicity = n;
        }
        return;
    }
    case mm::ValueKind::Dtmi: {
        if (!single->is_string()) {
            error(e, singlePath, Tr::tr("\"%1\" must be a DTMI string").arg(member));
            return;
        }
        const QString text = qs(single->get<std::string>());
        if (!isValidDtmi(text, e->dtdlVersion)) {
            error(e, singlePath, Tr::tr("\"%1\" %2 is not a valid DTMI").arg(member, quoted(text)));
            return;
        }
        e->target = text;
        return;
    }
    default:
        return;
    }
}

void Builder::readLinks(Element *e, const Spec &spec, const Json &value, const QString &path,
                        const ActiveContext &ctx)
{
    const QString member = memberTerm(spec.member);
    std::vector<std::pair<const Json *, QString>> items;
    if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i)
            items.emplace_back(&value[i], pointer(path, i));
    } else {
        items.emplace_back(&value, path);
    }
    const int count = static_cast<int>(items.size());
    if (count < spec.minCount || (spec.maxCount >= 0 && count > spec.maxCount)) {
        if (spec.maxCount == 1) {
            error(e, path, Tr::tr("\"%1\" must have exactly one value").arg(member));
        } else if (count < spec.minCount) {
            error(e, path,
                  Tr::tr("\"%1\" needs at least %2 values").arg(member).arg(spec.minCount));
        } else {
            error(e, path,
                  Tr::tr("\"%1\" may have at most %2 values, not %3")
                      .arg(member)
                      .arg(spec.maxCount)
                      .arg(count));
        }
        return;
    }
    for (const auto &[item, itemPath] : items) {
        if (item->is_object() && spec.classes != 0) {
            ++m_depth;
            Element *child = parseElement(*item, e->file, itemPath, e, &spec, ctx, false);
            --m_depth;
            if (child) {
                Link l;
                l.member = spec.member;
                l.element = child;
                l.path = itemPath;
                e->links.push_back(l);
            }
            continue;
        }
        if (item->is_string()) {
            const QString text = qs(item->get<std::string>());
            QString standard = mm::standardValue(text, spec.standard, e->dtdlVersion);
            if (standard.isEmpty() && spec.standard == mm::StandardValues::Schemas) {
                // Extensions add schemas: QuantitativeTypes its unit types, IoT Central
                // geopoint and vector.
                if (ctx.quantitativeTypes)
                    standard = mm::unitTypeSchema(text);
                if (standard.isEmpty() && ctx.iotCentral)
                    standard = mm::iotCentralSchema(text);
            }
            if (!standard.isEmpty()) {
                Link l;
                l.member = spec.member;
                l.standard = standard;
                l.path = itemPath;
                e->links.push_back(l);
                if (spec.member == Member::ValueSchema)
                    e->valueSchema = standard;
                else if (spec.member == Member::CommandType)
                    e->commandType = standard;
                continue;
            }
            const bool system = text.startsWith(QLatin1String("dtmi:dtdl:")) ||
                                text.startsWith(QLatin1String("dtmi:standard:")) ||
                                text.startsWith(QLatin1String("dtmi:iotcentral:"));
            if (spec.classes != 0 && !system && isValidDtmi(text, e->dtdlVersion)) {
                Link l;
                l.member = spec.member;
                l.reference = text;
                l.path = itemPath;
                e->links.push_back(l);
                continue;
            }
            error(e, itemPath,
                  Tr::tr("%1 is not a valid value for \"%2\"").arg(quoted(text), member));
            continue;
        }
        error(e, itemPath,
              spec.classes != 0 ? Tr::tr("\"%1\" must hold elements or DTMIs").arg(member)
                                : Tr::tr("\"%1\" must hold a standard value").arg(member));
    }
}

void Builder::registerIds(bool report)
{
    m_result.m_byId.clear();
    for (const auto &owned : m_result.m_elements) {
        Element *e = owned.get();
        if (!e->explicitId)
            continue;
        auto it = m_result.m_byId.constFind(e->id);
        if (it != m_result.m_byId.constEnd()) {
            if (report)
                error(e, pointer(e->path, QStringLiteral("@id")),
                      Tr::tr("\"@id\" %1 is already used by another element").arg(quoted(e->id)));
            continue;
        }
        m_result.m_byId.insert(e->id, e);
    }
}

void Builder::resolveReferences()
{
    for (const auto &owned : m_result.m_elements) {
        Element *e = owned.get();
        for (Link &l : e->links) {
            if (!l.isReference())
                continue;
            Element *target = m_result.m_byId.value(l.reference, nullptr);
            if (!target) {
                m_undefined.insert(l.reference);
                continue;
            }
            const Spec *spec = specOf(e, l.member);
            if (!(target->kind == ElementKind::Interface || target->topLevel ||
                  target->partition == e->partition)) {
                error(e, l.path,
                      Tr::tr("%1 is defined inside another Interface and "
                             "cannot be referenced from here")
                          .arg(quoted(l.reference)));
                continue;
            }
            if (spec && !(spec->classes & mm::kindBit(target->kind))) {
                error(e, l.path,
                      Tr::tr("%1 is %2, which is not allowed in \"%3\"")
                          .arg(quoted(l.reference), elementKindName(target->kind),
                               memberTerm(l.member)));
                continue;
            }
            if (target->dtdlVersion != e->dtdlVersion &&
                !(spec && spec->acceptsEarlierVersion && target->dtdlVersion < e->dtdlVersion)) {
                error(e, l.path,
                      Tr::tr("%1 is a DTDL v%2 element and cannot be used "
                             "in a DTDL v%3 element")
                          .arg(quoted(l.reference))
                          .arg(target->dtdlVersion)
                          .arg(e->dtdlVersion));
                continue;
            }
            l.element = target;
        }
    }
}

bool Builder::checkCycles()
{
    // Iterative depth-first search over nested and referenced elements.
    enum : std::uint8_t { White, Grey, Black };
    QHash<const Element *, std::uint8_t> colour;
    bool acyclic = true;
    for (const auto &owned : m_result.m_elements) {
        const Element *root = owned.get();
        if (colour.value(root, White) != White)
            continue;
        std::vector<std::pair<const Element *, std::size_t>> stack{{root, 0}};
        colour[root] = Grey;
        while (!stack.empty()) {
            auto &[node, next] = stack.back();
            if (next >= node->links.size()) {
                colour[node] = Black;
                stack.pop_back();
                continue;
            }
            const Link &l = node->links[next++];
            if (!l.element)
                continue;
            const std::uint8_t c = colour.value(l.element, White);
            // DTDL v4 complex schemas may refer to themselves.
            if (c == Grey && l.element->dtdlVersion >= 4 && isComplexSchema(l.element->kind))
                continue;
            if (c == Grey) {
                error(l.element, l.element->path,
                      Tr::tr("%1 refers to itself through \"%2\"")
                          .arg(quoted(l.element->id), memberTerm(l.member)));
                acyclic = false;
            } else if (c == White) {
                colour[l.element] = Grey;
                stack.emplace_back(l.element, 0);
            }
        }
    }
    return acyclic;
}

void Builder::checkExtends()
{
    QHash<const Element *, int> depth;
    auto depthOf = [&](const Element *e) {
        return longestPath(
            e, depth, [](const Link &l) { return l.member == Member::Extends && l.element; },
            [](const Link &) { return 1; });
    };
    for (const auto &owned : m_result.m_elements) {
        const Element *e = owned.get();
        if (e->kind != ElementKind::Interface)
            continue;
        if (depthOf(e) > maxExtendsDepth(e)) {
            error(e, e->path,
                  Tr::tr("\"extends\" is nested more than %1 levels deep").arg(maxExtendsDepth(e)));
            m_extendsOverLimit.insert(e);
        }
        if (e->dtdlVersion >= 3 && e->firstLink(Member::Extends)) {
            // Total count of "extends" values in all paths from this Interface.
            int total = 0;
            std::vector<const Element *> todo{e};
            while (!todo.empty() && total <= 1024) {
                const Element *x = todo.back();
                todo.pop_back();
                for (const Link &l : x->links) {
                    if (l.member != Member::Extends)
                        continue;
                    ++total;
                    if (l.element)
                        todo.push_back(l.element);
                }
            }
            if (total > 1024) {
                error(e, e->path,
                      Tr::tr("an Interface may extend at most 1024 "
                             "Interfaces in all"));
                m_extendsOverLimit.insert(e);
            }
        }
    }
}

void Builder::checkContentsLimit()
{
    constexpr int kLimit = 100000;
    for (const auto &owned : m_result.m_elements) {
        const Element *iface = owned.get();
        if (iface->kind != ElementKind::Interface || iface->dtdlVersion < 3)
            continue;
        int count = 0;
        QSet<const Element *> seen{iface};
        std::vector<const Element *> todo{iface};
        while (!todo.empty() && count <= kLimit) {
            const Element *x = todo.back();
            todo.pop_back();
            for (const Link &l : x->links) {
                switch (l.member) {
                case Member::Contents:
                case Member::Fields:
                case Member::EnumValues:
                case Member::Request:
                case Member::Response:
                case Member::Properties:
                case Member::Schema:
                case Member::ElementSchema:
                case Member::MapValue:
                    ++count;
                    break;
                case Member::Extends:
                    if (m_extendsOverLimit.contains(iface))
                        continue;
                    break;
                default:
                    continue;
                }
                if (l.element && !seen.contains(l.element)) {
                    seen.insert(l.element);
                    todo.push_back(l.element);
                }
            }
        }
        if (count > kLimit) {
            error(iface, iface->path,
                  Tr::tr("the Interface holds more than %1 values in its "
                         "contents and schemas")
                      .arg(kLimit));
        }
    }
}

void Builder::checkSchemaDepth()
{
    QHash<const Element *, int> depth;
    auto depthOf = [&](const Element *e) {
        return longestPath(
            e, depth,
            [](const Link &l) {
                return l.element ? l.element->kind != ElementKind::Interface
                                 : !l.standard.isEmpty();
            },
            [](const Link &l) {
                return (l.member == Member::Schema || l.member == Member::ElementSchema) ? 1 : 0;
            });
    };
    for (const auto &owned : m_result.m_elements) {
        const Element *e = owned.get();
        if (e->kind != ElementKind::Array && e->kind != ElementKind::Map &&
            e->kind != ElementKind::Object)
            continue;
        if (depthOf(e) > maxSchemaDepth(e)) {
            error(e, e->path,
                  Tr::tr("complex schemas are nested more than %1 levels deep")
                      .arg(maxSchemaDepth(e)));
        }
    }
}

void Builder::contentsOf(const Element *iface, std::vector<const Element *> &out,
                         QSet<const Element *> &seen) const
{
    std::vector<const Element *> todo{iface};
    while (!todo.empty()) {
        const Element *x = todo.back();
        todo.pop_back();
        if (seen.contains(x))
            continue;
        seen.insert(x);
        for (const Link &l : x->links) {
            if (!l.element)
                continue;
            if (l.member == Member::Contents)
                out.push_back(l.element);
            else if (l.member == Member::Extends && !m_extendsOverLimit.contains(iface))
                todo.push_back(l.element);
        }
    }
}

void Builder::checkComponents()
{
    for (const auto &owned : m_result.m_elements) {
        const Element *c = owned.get();
        if (c->kind != ElementKind::Component)
            continue;
        const Link *schema = c->firstLink(Member::Schema);
        if (!schema || !schema->element)
            continue;
        std::vector<const Element *> contents;
        QSet<const Element *> seen;
        contentsOf(schema->element, contents, seen);
        for (const Element *x : contents) {
            if (x->kind == ElementKind::Component) {
                error(c, schema->path,
                      Tr::tr("the Interface of component %1 has a "
                             "component itself")
                          .arg(quoted(c->name)));
                break;
            }
        }
    }
}

void Builder::checkNames()
{
    for (const auto &owned : m_result.m_elements) {
        const Element *e = owned.get();
        std::vector<const Element *> children;
        QString what;
        switch (e->kind) {
        case ElementKind::Interface: {
            QSet<const Element *> seen;
            contentsOf(e, children, seen);
            what = QStringLiteral("contents");
            break;
        }
        case ElementKind::Enum:
        case ElementKind::Object:
        case ElementKind::Relationship: {
            const Member m = e->kind == ElementKind::Enum     ? Member::EnumValues
                             : e->kind == ElementKind::Object ? Member::Fields
                                                              : Member::Properties;
            for (const Link &l : e->links) {
                if (l.member == m && l.element)
                    children.push_back(l.element);
            }
            what = memberTerm(m);
            break;
        }
        default:
            continue;
        }
        QHash<QString, const Element *> names;
        QHash<QString, const Element *> values;
        for (const Element *c : children) {
            if (c->name.isEmpty())
                continue;
            auto it = names.constFind(c->name);
            if (it != names.constEnd() && *it != c) {
                error(e, c->path,
                      Tr::tr("name %1 is used twice in \"%2\"").arg(quoted(c->name), what));
            }
            names.insert(c->name, c);
            if (e->kind == ElementKind::Enum) {
                const QString v = c->enumValueInteger ? QString::number(*c->enumValueInteger)
                                                      : QLatin1Char('"') + c->enumValueString;
                auto vit = values.constFind(v);
                if (vit != values.constEnd() && *vit != c) {
                    error(e, c->path,
                          Tr::tr("enum value of %1 is used twice").arg(quoted(c->name)));
                }
                values.insert(v, c);
            }
        }
    }
}

void Builder::readAdjunctProperties(Element *e,
                                    const std::vector<const mm::AdjunctType *> &adjuncts,
                                    const ActiveContext &ctx, const AdjunctLookup &given)
{
    for (const mm::AdjunctType *type : adjuncts) {
        const int version = ctx.extensions[static_cast<int>(type->extension)];
        for (const mm::AdjunctProperty *p : mm::adjunctProperties(*type, version)) {
            const auto [value, key] = given(p);
            if (!value) {
                if (p->required) {
                    error(e, e->path,
                          Tr::tr("%1 co-typed %2 needs \"%3\"")
                              .arg(elementKindName(e->kind), type->term, p->term));
                }
                continue;
            }
            const QString path = pointer(e->path, key);
            QString text;
            if (p->value == mm::AdjunctValue::PositiveInteger) {
                if (!value->is_number_integer() || value->get<qint64>() < 1) {
                    error(e, path, Tr::tr("\"%1\" must be an integer of at least 1").arg(p->term));
                    continue;
                }
                text = QString::number(value->get<qint64>());
            } else if (!value->is_string()) {
                error(e, path, Tr::tr("\"%1\" must be a string").arg(p->term));
                continue;
            } else {
                text = qs(value->get<std::string>());
            }
            if (!mm::adjunctValueIsValid(p->value, text)) {
                QString why;
                switch (p->value) {
                case mm::AdjunctValue::Name:
                    why = Tr::tr("\"%1\" must be the name of a Property or a Telemetry");
                    break;
                case mm::AdjunctValue::Text:
                    why = Tr::tr("\"%1\" must not be empty");
                    break;
                case mm::AdjunctValue::TopicPattern:
                    why = Tr::tr("\"%1\" must be an MQTT topic pattern: labels separated by "
                                 "\"/\", each of printable ASCII without space, quote, +, # or "
                                 "braces, or a {token} of letters; the first not starting with $");
                    break;
                case mm::AdjunctValue::GroupId:
                    why = Tr::tr("\"%1\" must be printable ASCII without space, quote, +, #, "
                                 "braces or /");
                    break;
                case mm::AdjunctValue::Duration:
                    why = Tr::tr("\"%1\" must be an ISO 8601 duration such as PT15S");
                    break;
                case mm::AdjunctValue::PositiveInteger:
                    why = Tr::tr("\"%1\" must be an integer of at least 1");
                    break;
                case mm::AdjunctValue::Term:
                    why = Tr::tr("\"%1\" must be a term or an IRI");
                    break;
                }
                error(e, path, why.arg(p->term) + QStringLiteral(": ") + quoted(text));
                continue;
            }
            e->adjunctValues.insert(p->term, text);
        }
    }
}

// The rules of the extensions' co-types that reach beyond one element.
void Builder::checkAdjuncts()
{
    const auto has = [](const Element *x, const char *term) {
        return x && x->adjunctTypes.contains(QLatin1String(term));
    };
    for (const auto &owned : m_result.m_elements) {
        const Element *e = owned.get();
        if (e->adjunctTypes.isEmpty())
            continue;
        const Link *schemaLink = e->firstLink(Member::Schema);
        const Element *schema = schemaLink ? schemaLink->element : nullptr;
        const QString schemaTerm = schemaLink ? schemaLink->standard : QString();
        const QString schemaPath = schemaLink ? schemaLink->path : e->path;

        if (has(e, "Override") && !has(e, "ValueAnnotation"))
            error(e, e->path, Tr::tr("Override needs the co-type ValueAnnotation as well"));
        if (has(e, "ValueAnnotation") && e->adjunctValues.contains(QStringLiteral("annotates"))) {
            const QString target = e->adjunctValues.value(QStringLiteral("annotates"));
            const Element *annotated = nullptr;
            if (e->parent && e->parent->kind == ElementKind::Interface &&
                e->parentMember == Member::Contents) {
                std::vector<const Element *> siblings;
                QSet<const Element *> seen;
                contentsOf(e->parent, siblings, seen);
                for (const Element *x : siblings) {
                    if (x != e && x->name == target &&
                        (x->kind == ElementKind::Property || x->kind == ElementKind::Telemetry))
                        annotated = x;
                }
            }
            const QString annotatesPath = pointer(e->path, QStringLiteral("annotates"));
            if (!annotated) {
                error(e, annotatesPath,
                      Tr::tr("annotates %1, which is no other Property or Telemetry of its "
                             "Interface")
                          .arg(quoted(target)));
            } else if (has(e, "Override") &&
                       e->adjunctValues.contains(QStringLiteral("overrides"))) {
                const QString overrides = e->adjunctValues.value(QStringLiteral("overrides"));
                const QString overridesPath = pointer(e->path, QStringLiteral("overrides"));
                const bool unit = overrides == QLatin1String("unit") ||
                                  overrides.endsWith(QLatin1String(":property:unit"));
                if (unit) {
                    const QString expected = annotated->semanticTypes.isEmpty()
                                                 ? QString()
                                                 : mm::unitTypeOf(annotated->semanticTypes.front());
                    if (annotated->unit.isEmpty() || expected.isEmpty()) {
                        error(e, overridesPath,
                              Tr::tr("overrides \"unit\", which %1 does not have")
                                  .arg(quoted(target)));
                    } else if (schemaTerm != expected) {
                        error(e, schemaPath,
                              Tr::tr("an override of the unit of %1 needs the schema %2")
                                  .arg(quoted(target), expected));
                    }
                } else if (!annotated->adjunctValues.contains(overrides)) {
                    error(e, overridesPath,
                          Tr::tr("overrides %1, which is no extension property of %2")
                              .arg(quoted(overrides), quoted(target)));
                }
            }
        }
        if (has(e, "Indexed") && e->parent && e->adjunctValues.contains(QStringLiteral("index"))) {
            const QString index = e->adjunctValues.value(QStringLiteral("index"));
            for (const Link &l : e->parent->links) {
                const Element *x = l.element;
                if (l.member == e->parentMember && x && x != e && !l.isReference() &&
                    has(x, "Indexed") && x->adjunctValues.value(QStringLiteral("index")) == index) {
                    error(e, pointer(e->path, QStringLiteral("index")),
                          Tr::tr("index %1 is used twice in \"%2\"")
                              .arg(index, memberTerm(e->parentMember)));
                    break;
                }
            }
        }
        if (has(e, "Transparent") && (!schema || schema->kind != ElementKind::Object))
            error(e, schemaPath, Tr::tr("Transparent needs a schema that is an Object"));
        if (e->kind == ElementKind::Object && (has(e, "Result") || has(e, "Error"))) {
            int normal = 0;
            int failure = 0;
            int message = 0;
            for (const Link *l : e->linksOf(Member::Fields)) {
                const Element *f = l->element;
                if (!f)
                    continue;
                normal += has(f, "NormalResult") ? 1 : 0;
                failure += has(f, "ErrorResult") ? 1 : 0;
                message += has(f, "ErrorMessage") ? 1 : 0;
                if (has(e, "Result") && !has(f, "NormalResult") && !has(f, "ErrorResult")) {
                    error(f, f->path,
                          Tr::tr("a field of a Result must be co-typed NormalResult or "
                                 "ErrorResult"));
                }
            }
            if (normal > 1 || failure > 1 || message > 1) {
                error(e, e->path,
                      Tr::tr("at most one field may be co-typed each of NormalResult, "
                             "ErrorResult and ErrorMessage"));
            }
        }
        const Element *owner = e->parent;
        if ((has(e, "NormalResult") || has(e, "ErrorResult")) && !has(owner, "Result"))
            error(e, e->path, Tr::tr("NormalResult and ErrorResult belong in a Result's fields"));
        if ((has(e, "NormalResult") || has(e, "ErrorResult")) && has(e, "Required"))
            error(e, e->path, Tr::tr("a result field cannot be co-typed Required"));
        if (has(e, "ErrorResult") &&
            (!schema || schema->kind != ElementKind::Object || !has(schema, "Error")))
            error(e, schemaPath, Tr::tr("ErrorResult needs an Object co-typed Error as schema"));
        if (has(e, "ErrorMessage")) {
            if (!has(owner, "Error"))
                error(e, e->path, Tr::tr("ErrorMessage belongs in an Error's fields"));
            if (schemaTerm != QLatin1String("string"))
                error(e, schemaPath, Tr::tr("ErrorMessage needs the schema string"));
        }
        // IoT Central.
        if (has(e, "State") && (!schema || schema->kind != ElementKind::Enum))
            error(e, schemaPath, Tr::tr("State needs a schema that is an Enum"));
        if (has(e, "Event") && !mm::isNumericSchema(schemaTerm) &&
            schemaTerm != QLatin1String("string"))
            error(e, schemaPath,
                  Tr::tr("Event needs the schema double, float, integer, long or string"));
        if (has(e, "Location") && !mm::isGeospatialSchema(schemaTerm) &&
            schemaTerm != QLatin1String("geopoint"))
            error(e, schemaPath, Tr::tr("Location needs a geospatial schema or geopoint"));
        if ((has(e, "VelocityVector") || has(e, "AccelerationVector")) &&
            schemaTerm != QLatin1String("vector"))
            error(e, schemaPath,
                  Tr::tr("%1 needs the schema vector")
                      .arg(has(e, "VelocityVector") ? QStringLiteral("VelocityVector")
                                                    : QStringLiteral("AccelerationVector")));
    }
}

void Builder::checkSemantics()
{
    for (const auto &owned : m_result.m_elements) {
        const Element *e = owned.get();
        // Semantic types need a numeric schema.
        if (!e->semanticTypes.isEmpty()) {
            const Link *s = e->firstLink(Member::Schema);
            if (s &&
                (s->element || (!s->standard.isEmpty() && !mm::isNumericSchema(s->standard)))) {
                error(e, s->path,
                      Tr::tr("an element with a semantic type needs a "
                             "numeric schema"));
            }
        }
        // Enum values match the value schema.
        if (e->kind == ElementKind::Enum && !e->valueSchema.isEmpty()) {
            const bool integer = e->valueSchema == QLatin1String("integer");
            for (const Link &l : e->links) {
                if (l.member != Member::EnumValues || !l.element)
                    continue;
                const Element *v = l.element;
                if (!v->enumValueInteger && v->enumValueString.isNull())
                    continue;
                if (integer != v->enumValueInteger.has_value()) {
                    error(v, v->path,
                          integer ? Tr::tr("the value of enum value %1 "
                                           "must be an integer")
                                        .arg(quoted(v->name))
                                  : Tr::tr("the value of enum value %1 "
                                           "must be a string")
                                        .arg(quoted(v->name)));
                }
            }
        }
        // DTDL v2 Properties cannot hold arrays, at any depth.
        if (e->kind == ElementKind::Property && e->dtdlVersion == 2) {
            std::vector<const Link *> todo;
            for (const Link &l : e->links)
                todo.push_back(&l);
            QSet<const Element *> seen;
            while (!todo.empty()) {
                const Link *l = todo.back();
                todo.pop_back();
                if (l->member == Member::Comment)
                    continue;
                const bool geo = !l->standard.isEmpty() && mm::isGeospatialSchema(l->standard);
                if (geo || (l->element && l->element->kind == ElementKind::Array)) {
                    error(e, l->path,
                          Tr::tr("a DTDL v2 Property cannot contain an "
                                 "array"));
                    break;
                }
                if (l->element && !seen.contains(l->element)) {
                    seen.insert(l->element);
                    for (const Link &c : l->element->links)
                        todo.push_back(&c);
                }
            }
        }
    }
}

void Builder::finish(const Resolver &resolver)
{
    registerIds(false);
    if (resolver) {
        QSet<QString> tried;
        for (;;) {
            QStringList missing;
            for (const auto &owned : m_result.m_elements) {
                for (const Link &l : owned->links) {
                    if (l.isReference() && !m_result.m_byId.contains(l.reference) &&
                        !tried.contains(l.reference))
                        missing.push_back(l.reference);
                }
            }
            missing.removeDuplicates();
            if (missing.isEmpty())
                break;
            for (const QString &id : missing) {
                tried.insert(id);
                if (auto doc = resolver(id))
                    parseDocument(doc->file, doc->text);
            }
            registerIds(false);
        }
    }
    registerIds(true);
    resolveReferences();
    if (checkCycles()) {
        checkExtends();
        checkSchemaDepth();
        checkContentsLimit();
        checkComponents();
        checkNames();
        checkAdjuncts();
    }
    checkSemantics();

    m_result.undefinedIdentifiers = QStringList(m_undefined.begin(), m_undefined.end());
    m_result.undefinedIdentifiers.sort();
    if (!m_result.errors.empty())
        m_result.outcome = Outcome::Invalid;
    else if (!m_undefined.isEmpty())
        m_result.outcome = Outcome::Incomplete;
    else
        m_result.outcome = Outcome::Valid;
}

} // namespace Internal

ModelParser::ModelParser(ParseOptions options)
    : m_options(options)
{}

ModelParser::~ModelParser() = default;

void ModelParser::addDocument(const QString &file, const QByteArray &text)
{
    m_documents.push_back({file, text});
}

bool ModelParser::addFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_readErrors.push_back(
            {path, {}, {}, Tr::tr("cannot read the file: %1").arg(f.errorString())});
        return false;
    }
    addDocument(path, f.readAll());
    return true;
}

int ModelParser::addFolder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.push_back(it.next());
    files.sort();
    for (const QString &f : files)
        addFile(f);
    return static_cast<int>(files.size());
}

void ModelParser::setResolver(Resolver resolver)
{
    m_resolver = std::move(resolver);
}

ParseResult ModelParser::parse()
{
    ParseResult result;
    Internal::Builder builder(m_options, result);
    result.errors = m_readErrors;
    for (const Document &d : m_documents)
        builder.parseDocument(d.file, d.text);
    builder.finish(m_resolver);
    return result;
}

ModelRepository::ModelRepository(QString root)
    : m_root(std::move(root))
{}

QString ModelRepository::relativePath(const QString &dtmi)
{
    if (!isValidDtmi(dtmi, 3) || !dtmi.contains(QLatin1Char(';')))
        return {};
    QString path = dtmi.toLower();
    path.replace(QLatin1Char(':'), QLatin1Char('/'));
    path.replace(QLatin1Char(';'), QLatin1Char('-'));
    return path + QStringLiteral(".json");
}

std::optional<ResolvedDocument> ModelRepository::resolve(const QString &dtmi) const
{
    const QString rel = relativePath(dtmi);
    if (rel.isEmpty())
        return std::nullopt;
    const QString path = QDir(m_root).filePath(rel);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return ResolvedDocument{path, f.readAll()};
}

Resolver ModelRepository::resolver() const
{
    return [root = m_root](const QString &dtmi) { return ModelRepository(root).resolve(dtmi); };
}

} // namespace twinloom::Dtdl
