#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace twinloom {

// One link of a CoRE Link Format document (RFC 6690), as served at /.well-known/core.
struct CoreLink
{
    QString target;            // the URI-reference between < and >, e.g. "/sensors/temp"
    QStringList resourceTypes; // rt, space separated in the document
    QStringList interfaces;    // if
    QList<int> contentFormats; // ct
    bool observable = false;   // obs
    QString title;
    QList<QPair<QString, QString>> attributes; // every attribute, in order, values unquoted

    QString attribute(const QString &name) const;
    bool hasResourceType(QStringView rt) const;
    bool hasInterface(QStringView ifd) const;
};

// Parses a link-format document; nullopt with a sentence in *error when it is malformed.
std::optional<QList<CoreLink>> parseLinkFormat(const QByteArray &document, QString *error);

} // namespace twinloom
