#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace ClaimDesk {

class ClaimBook;

// How an inbox (a folder, a mailbox) finds the claim an arrival belongs to.
namespace InboxRouting {

// The claim ID named in a file name, folder name or subject ("H-20260105-000012",
// any case), uppercased; empty when none.
QString claimIdNamedIn(const QString& text);

// The claim that an inbox marked `memoMark` opened and that already holds a
// document whose SHA-256 (DocumentRepository::sha256Hex) is one of `contents`
// (it was sent twice, or a take was cut short before the inbox recorded it);
// empty when none. A claim opened any other way never takes an arrival by its
// content: the same form sent by two customers stays two customers'. Fails when
// the book cannot be asked.
Result<QString> claimOpenedBy(
    ClaimBook& book, const QString& memoMark, const QStringList& contents);

} // namespace InboxRouting

} // namespace ClaimDesk
