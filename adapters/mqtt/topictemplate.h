#pragma once

#include <QtCore/QHash>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace twinloom {

// A topic with named segments: "site/{floor}/{room}/temp". A named segment matches one level
// (it subscribes as '+') and its value is captured for the mapping; "{twin}" stands for the twin's
// id. '+' and '#' keep their MQTT meaning.
class TopicTemplate
{
public:
    static std::optional<TopicTemplate> parse(const QString &pattern, const QString &twinId,
                                              QString *error);

    const QString &pattern() const { return m_pattern; }
    // The MQTT subscription filter.
    QString filter() const;
    // Whether a topic matches; named segments go to `captures`.
    bool match(QStringView topic, QHash<QString, QString> *captures = nullptr) const;

    // Replaces "{name}" by its value in `text` (names without a value stay as they are).
    static QString expand(const QString &text, const QHash<QString, QString> &values);

private:
    QString m_pattern;
    QStringList m_segments; // literal, "+", "#" or a name in braces
};

} // namespace twinloom
