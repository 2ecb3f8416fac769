#pragma once

#include "engine/interop/dtdlmodel.h"

#include <QtCore/QByteArray>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace twinloom::Dtdl {

namespace Internal {
class Builder;
}

// The three outcomes of validating a set of DTDL documents.
enum class Outcome : std::uint8_t {
    Valid,
    Invalid,    // at least one error
    Incomplete, // no error seen, but some referenced DTMIs are defined nowhere
};

// One error: the file, the element it concerns (its "@id" when it has one), the JSON pointer of
// the value at fault, and a sentence a person understands.
struct Problem
{
    QString file;
    QString elementId;
    QString path;
    QString message;

    QString toString() const;
};

struct ParseOptions
{
    // Extension contexts this parser does not know make the model incomplete (and therefore not
    // valid) unless this is set; with it, their terms are accepted as informal co-types.
    bool allowUndefinedExtensions = false;
};

// A source of documents for DTMIs that the parsed set references but does not define, such as a
// Device Models Repository folder. Returns the file name and its bytes, or nullopt.
struct ResolvedDocument
{
    QString file;
    QByteArray text;
};
using Resolver = std::function<std::optional<ResolvedDocument>(const QString &dtmi)>;

class ParseResult
{
public:
    Outcome outcome = Outcome::Valid;
    std::vector<Problem> errors;
    QStringList undefinedIdentifiers; // sorted, for Outcome::Incomplete
    int documentCount = 0;

    const std::vector<std::unique_ptr<Element>> &elements() const { return m_elements; }
    const Element *find(const QString &id) const;
    std::vector<const Element *> interfaces() const;
    QString summary() const;

private:
    friend class Internal::Builder;
    std::vector<std::unique_ptr<Element>> m_elements;
    QHash<QString, Element *> m_byId;
};

// Parses and validates DTDL v2, v3 and v4 documents, many at once, mixed versions allowed. Each
// document is a JSON object or an array of objects; a UTF-8 byte-order mark is accepted.
class ModelParser
{
public:
    explicit ModelParser(ParseOptions options = {});
    ~ModelParser();
    ModelParser(const ModelParser &) = delete;
    ModelParser &operator=(const ModelParser &) = delete;

    void addDocument(const QString &file, const QByteArray &text);
    // Reads one file; false (with an error kept for parse()) if it cannot be read.
    bool addFile(const QString &path);
    // Adds every *.json file below a folder, recursively, in a stable order. Returns the count.
    int addFolder(const QString &folder);
    void setResolver(Resolver resolver);

    ParseResult parse();

private:
    struct Document
    {
        QString file;
        QByteArray text;
    };
    ParseOptions m_options;
    std::vector<Document> m_documents;
    std::vector<Problem> m_readErrors;
    Resolver m_resolver;
};

// The Device Models Repository layout: "dtmi:com:example:Foo;1" lives in
// "<root>/dtmi/com/example/foo-1.json".
class ModelRepository
{
public:
    explicit ModelRepository(QString root);
    static QString relativePath(const QString &dtmi);
    std::optional<ResolvedDocument> resolve(const QString &dtmi) const;
    // A resolver for ModelParser::setResolver() reading from this folder.
    Resolver resolver() const;

private:
    QString m_root;
};

// The DTMI syntax rules: version 2 requires a version suffix, version 3 makes it optional and
// allows a minor version.
bool isValidDtmi(QStringView text, int dtdlVersion);

} // namespace twinloom::Dtdl
