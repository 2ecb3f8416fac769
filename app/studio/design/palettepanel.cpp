#include "app/studio/design/palettepanel.h"

#include "app/studio/shared/graphmodel.h"
#include "app/studio/shared/tr.h"
#include "engine/adapter.h"

#include <QtCore/QMimeData>

namespace twinloom::Studio {

namespace {

constexpr int kSpecRole = Qt::UserRole + 1;
constexpr int kMimeRole = Qt::UserRole + 2;

} // namespace

PalettePanel::PalettePanel(GraphModel *model, QWidget *parent)
    : QTreeWidget(parent)
    , m_model(model)
{
    setHeaderHidden(true);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setRootIsDecorated(true);
    QObject::connect(model, &GraphModel::modelsChanged, this, &PalettePanel::rebuild);
    QObject::connect(model, &GraphModel::reset, this, &PalettePanel::rebuild);
    rebuild();
}

void PalettePanel::rebuild()
{
    clear();
    auto *models = new QTreeWidgetItem(this, {Tr::tr("Twin models")});
    for (const QString &id : m_model->modelIds()) {
        const auto m = m_model->model(id);
        const QString name = m && !m->displayName.isEmpty() ? m->displayName : id;
        auto *item = new QTreeWidgetItem(models, {name});
        item->setToolTip(0, id);
        item->setData(0, kSpecRole, id);
        item->setData(0, kMimeRole, QStringLiteral("application/x-twinloom-model"));
    }
    const AdapterRegistry &registry = AdapterRegistry::global();
    auto addAdapters = [&](const QString &title, const QStringList &types, bool physical) {
        auto *group = new QTreeWidgetItem(this, {title});
        for (const QString &type : types) {
            const AdapterTypeInfo *info =
                physical ? registry.physicalInfo(type) : registry.digitalInfo(type);
            auto *item = new QTreeWidgetItem(
                group, {info && !info->displayName.isEmpty() ? info->displayName : type});
            item->setToolTip(0, info ? info->description : type);
            item->setData(
                0, kSpecRole,
                QString((physical ? QStringLiteral("physical:") : QStringLiteral("digital:")) +
                        type));
            item->setData(0, kMimeRole, QStringLiteral("application/x-twinloom-adapter"));
        }
    };
    addAdapters(Tr::tr("Physical adapters"), registry.physicalTypes(), true);
    addAdapters(Tr::tr("Digital adapters"), registry.digitalTypes(), false);
    expandAll();
}

QStringList PalettePanel::mimeTypes() const
{
    return {QStringLiteral("application/x-twinloom-model"),
            QStringLiteral("application/x-twinloom-adapter")};
}

QMimeData *PalettePanel::mimeData(const QList<QTreeWidgetItem *> &items) const
{
    if (items.isEmpty() || items.first()->data(0, kSpecRole).toString().isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(items.first()->data(0, kMimeRole).toString(),
                  items.first()->data(0, kSpecRole).toString().toUtf8());
    return mime;
}

} // namespace twinloom::Studio
