// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilefieldmodel.h"

namespace {

const QList<QByteArray>& roleKeys()
{
    static const QList<QByteArray> keys { "name", "label", "value", "source", "sourceLabel",
        "editable", "locked", "error" };
    return keys;
}

} // namespace

ProfileFieldModel::ProfileFieldModel(CountSource count, RowSource row, QObject* parent)
    : QAbstractListModel(parent)
    , m_count(std::move(count))
    , m_row(std::move(row))
{ }

int ProfileFieldModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count();
}

QVariant ProfileFieldModel::data(const QModelIndex& index, int role) const
{
    const int key = role - Qt::UserRole;
    if (!index.isValid() || index.row() >= rowCount() || key < 0 || key >= roleKeys().size())
        return {};
    return m_row(index.row()).value(QString::fromLatin1(roleKeys().at(key)));
}

QHash<int, QByteArray> ProfileFieldModel::roleNames() const
{
    QHash<int, QByteArray> roles;
    for (int i = 0; i < roleKeys().size(); ++i)
        roles.insert(Qt::UserRole + i, roleKeys().at(i));
    return roles;
}

void ProfileFieldModel::reload()
{
    beginResetModel();
    endResetModel();
}

void ProfileFieldModel::rowChanged(int row)
{
    if (row >= 0 && row < rowCount())
        emit dataChanged(index(row), index(row));
}

void ProfileFieldModel::allRowsChanged()
{
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1));
}
