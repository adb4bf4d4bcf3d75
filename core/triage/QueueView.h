#pragma once

#include "domain/ClaimQuery.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace ClaimDesk {

// A saved view of the queue: a name, the filters and the order. Views are kept
// as JSON (in the user's settings), with codes rather than enum numbers so a
// view saved by one version reads in the next.
struct QueueView
{
    QString name;
    ClaimQuery query; // limit and offset are not saved

    QJsonObject toJson() const;
    // Unknown codes are dropped (that filter is off) rather than failing the view.
    static QueueView fromJson(const QJsonObject& json);

    static QByteArray toJsonList(const QList<QueueView>& views);
    // Malformed text gives no views; the error says why when asked.
    static QList<QueueView> fromJsonList(const QByteArray& json, QString* error = nullptr);
};

QString queueSortCode(QueueSort sort);
std::optional<QueueSort> queueSortFromCode(const QString& code);

} // namespace ClaimDesk
