// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QVariantMap>

#include <functional>

/**
 * The profile's fields as rows for the profile page, so that an edit updates its own row only
 * (the row's delegate, and the focus in it, stay while the citizen types). The rows come from
 * ProfileController (roles: name, label, value, source, sourceLabel, editable, locked, error).
 */
class ProfileFieldModel : public QAbstractListModel
{
    Q_OBJECT

public:
    using RowSource = std::function<QVariantMap(int row)>;
    using CountSource = std::function<int()>;

    ProfileFieldModel(CountSource count, RowSource row, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** Other fields, other rows (a new profile, a cleared one). */
    void reload();
    /** One row's value or error changed. */
    void rowChanged(int row);
    /** Every row's texts changed (language, the city's errors after a save). */
    void allRowsChanged();

private:
    CountSource m_count;
    RowSource m_row;
};
