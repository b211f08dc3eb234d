#include "selectionkeeper.h"

#include "pagedlistmodel.h"

#include <QItemSelectionModel>

namespace Steward {

SelectionKeeper::SelectionKeeper(PagedListModel *model, QItemSelectionModel *selection, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_selection(selection)
{
    connect(model, &PagedListModel::aboutToReload, this, &SelectionKeeper::remember);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &SelectionKeeper::remember);
    connect(model, &PagedListModel::rowsLoaded, this, &SelectionKeeper::apply);
    connect(selection, &QItemSelectionModel::selectionChanged, this, [this]() {
        if (!m_applying) {
            m_active = false; // the user chose something else
            m_ids.clear();
            m_current.clear();
        }
    });
}

void SelectionKeeper::remember()
{
    if (!m_selection) {
        return;
    }
    if (m_active && m_selection->selectedRows().isEmpty()) {
        return; // a second reload before the rows came back: keep what was noted
    }
    m_ids.clear();
    for (const QModelIndex &index : m_selection->selectedRows()) {
        const QString id = index.data(PagedListModel::IdRole).toString();
        if (!id.isEmpty()) {
            m_ids.insert(id);
        }
    }
    m_current = m_selection->currentIndex().data(PagedListModel::IdRole).toString();
    m_active = !m_ids.isEmpty() || !m_current.isEmpty();
}

void SelectionKeeper::apply(int first, int last)
{
    if (!m_active || !m_selection) {
        return;
    }
    m_applying = true;
    QItemSelection select;
    QItemSelection deselect;
    const int lastColumn = m_model->columnCount() - 1;
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const QString id = index.data(PagedListModel::IdRole).toString();
        const bool wanted = m_ids.contains(id);
        if (wanted != m_selection->isRowSelected(row)) {
            (wanted ? select : deselect).select(index, m_model->index(row, lastColumn));
        }
        if (!m_current.isEmpty() && id == m_current) {
            m_selection->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        }
    }
    if (!deselect.isEmpty()) {
        m_selection->select(deselect, QItemSelectionModel::Deselect);
    }
    if (!select.isEmpty()) {
        m_selection->select(select, QItemSelectionModel::Select);
    }
    m_applying = false;
}

} // namespace Steward
