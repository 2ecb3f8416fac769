#pragma once

#include "engine/interop/dtdlparser.h"
#include "engine/twinmodel.h"

#include <QtCore/QByteArray>
#include <QtCore/QString>

#include <nlohmann/json.hpp>

#include <memory>
#include <vector>

// Conversion between DTDL Interfaces and Twinloom's twin models (docs/project-format.md,
// "models"): import reads a validated DTDL model set, export writes DTDL v3 documents.
namespace twinloom::Dtdl {

struct ImportOptions
{
    // Copies inherited contents into each model, each remembering the Interface that declared it;
    // otherwise "extends" is kept and the engine flattens it when a twin uses the model.
    bool flattenExtends = true;
};

struct ImportedModel
{
    nlohmann::json json;              // the project's model form, for the "models" section
    std::shared_ptr<TwinModel> model; // the same, read back, with provenance of inherited contents
};

struct ImportResult
{
    std::vector<ImportedModel> models; // one per Interface with an "@id", in id order
    std::vector<Problem> notes;        // what the twin model cannot express (and was adapted)
    Diagnostics diagnostics;           // problems reading the models back, if any
};

// Imports every Interface of a parse result that is not Invalid. A Property or Telemetry
// co-typed Historized keeps a history of 1,000 samples; QuantitativeTypes' unit types become
// enums of unit names, IoT Central's vector an Object {x, y, z} and geopoint {lat, lon, alt}.
ImportResult importInterfaces(const ParseResult &result, const ImportOptions &options = {});

struct ExportedDocument
{
    QString id;
    nlohmann::ordered_json json; // "@context" first, short terms
    QByteArray text() const;
};

struct ExportResult
{
    std::vector<ExportedDocument> documents;
    std::vector<Problem> notes; // what DTDL cannot express (and was left out or adapted)
};

// Writes each model as a DTDL v3 Interface. Events become Telemetry; a unit is written with the
// semantic type it measures (QuantitativeTypes extension); a property with a "history" is
// co-typed Historized (Historization extension); Twinloom's other additions such as "maxAge" are
// left out.
ExportResult exportModels(const std::vector<std::shared_ptr<const TwinModel>> &models);

} // namespace twinloom::Dtdl
