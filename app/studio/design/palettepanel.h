#pragma once

#include <QtWidgets/QTreeWidget>

namespace twinloom::Studio {

class GraphModel;

// The palette: twin models and adapter types to drag onto the canvas.
class PalettePanel : public QTreeWidget
{
    Q_OBJECT

public:
    explicit PalettePanel(GraphModel *model, QWidget *parent = nullptr);
    void rebuild();

protected:
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override;
    QStringList mimeTypes() const override;

private:
    GraphModel *m_model;
};

} // namespace twinloom::Studio
