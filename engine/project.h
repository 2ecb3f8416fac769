#pragma once

#include "engine/diagnostics.h"
#include "engine/historystore.h"
#include "engine/twindescriptor.h"
#include "engine/twinmodel.h"

#include <QtCore/QString>

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

namespace twinloom {

class AdapterRegistry;
class Engine;

// Where twins run: an edge box, a fog node, the cloud.
struct DeploymentNode
{
    QString name;
    QString description;
    QString tier; // "edge", "fog" or "cloud"; free text otherwise
};

// A Twinloom project: one JSON document, "*.twinloom.json", with "format": "twinloom-project" and
// a "version". The document is the source of truth, kept with its key order, so that load then
// save gives the same bytes; models, twins and nodes are read from it. "layout" and "dashboards"
// belong to the desktop app and are kept as they are.
class Project
{
public:
    using Json = nlohmann::ordered_json;
    static constexpr int kFormatVersion = 1;
    static constexpr const char *kFormat = "twinloom-project";

    Project();

    // Reads and checks a project file. Reports every problem at once, each with its JSON pointer;
    // unknown fields are warnings. Returns nothing when there are errors.
    static std::optional<Project> load(const QString &path, Diagnostics &diagnostics,
                                       const AdapterRegistry *registry = nullptr);
    static std::optional<Project> fromBytes(const QByteArray &bytes, Diagnostics &diagnostics,
                                            const QString &baseDirectory = {},
                                            const AdapterRegistry *registry = nullptr);
    static std::optional<Project> fromJson(Json document, Diagnostics &diagnostics,
                                           const QString &baseDirectory = {},
                                           const AdapterRegistry *registry = nullptr);

    // Older versions of the format are brought to the current one; each step is noted as a
    // warning at "/version". A newer version is an error.
    static bool migrate(Json &document, Diagnostics &diagnostics);

    // The canonical bytes: two-space indentation, keys in document order, a final newline.
    QByteArray toBytes() const;
    // Atomic: written to a temporary file in the same folder, then renamed over the old one.
    bool save(const QString &path, QString *error = nullptr) const;

    const Json &document() const { return m_document; }
    // Replaces the document; checks it as a load would and changes nothing when it has errors.
    bool setDocument(Json document, Diagnostics &diagnostics);

    QString name() const;
    QString baseDirectory() const { return m_baseDirectory; }
    void setBaseDirectory(const QString &directory) { m_baseDirectory = directory; }

    const std::vector<std::shared_ptr<TwinModel>> &models() const { return m_models; }
    const std::vector<TwinDescriptor> &twins() const { return m_twins; }
    const std::vector<DeploymentNode> &nodes() const { return m_nodes; }
    // The "history" section; nullopt when the project records nothing.
    const std::optional<HistoryConfig> &history() const { return m_history; }
    const TwinDescriptor *twin(const QString &id) const;
    // Files the project refers to, relative to its folder: model files and data files of
    // adapters (configuration fields named "file" or ending in "File").
    QStringList referencedFiles() const;
    // The data files the adapters of one twin name, as written in its configuration.
    static QStringList filesOf(const TwinDescriptor &twin);

    // Twins of one node (all when empty), ordered so that a twin comes after the twins it is
    // made of (targets of its relationships): start in this order, stop in reverse.
    QStringList twinOrder(const QString &node = {}) const;
    // The same twins by level: [0] those made of no other twin of the project, [n] those whose
    // deepest part is at level n - 1. A level can start or stop at once after the one below it.
    std::vector<QStringList> twinLevels(const QString &node = {}) const;

    // Adds the models and the twins (of one node, or all) to an engine.
    bool instantiate(Engine &engine, Diagnostics &diagnostics, const QString &node = {}) const;

private:
    bool parse(Diagnostics &diagnostics, const AdapterRegistry *registry);

    Json m_document;
    QString m_baseDirectory;
    std::vector<std::shared_ptr<TwinModel>> m_models;
    std::vector<QString> m_modelPointers;
    std::vector<TwinDescriptor> m_twins;
    std::vector<QString> m_twinPointers; // where each twin stands in the document
    std::vector<DeploymentNode> m_nodes;
    std::optional<HistoryConfig> m_history;
};

} // namespace twinloom
