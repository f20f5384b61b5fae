#pragma once

#include "Topology.h"

#include <QPointF>
#include <QSet>
#include <QStringList>

namespace infralab {

// The part of a design that copy, cut, duplicate and paste carry. It is a
// Topology, so the clipboard holds it in the file format (TopologyWriter).

// The nodes named by `ids`, the components hosted by any server among them,
// and the links with both ends inside, all in file order. A host that is not
// in the piece is cleared: a copied component lands outside any frame.
Topology extractPiece(const Topology &design, const QStringList &ids);

// `piece` ready to be added to `design`: every node gets an id that neither
// the design nor the rest of the piece uses, built on the id's stem ("web2"
// gives "web3" when "web1" and "web2" are taken); hosts and links follow the
// new ids, and positions move by `offset`.
//
// What the piece's properties name follows too. A DNS target or a firewall
// rule source naming a node of the piece names its copy; one naming a node
// outside stays as it was when the design has that node, and is dropped when
// it has not (pasted into another design): it could never match there, and
// the design must still load. A copied address gets the next one no node
// uses (8.8.8.8 -> 8.8.8.9), since two machines cannot share one and a DNS
// record by address must say which it means; DNS targets by address follow.
// With no free address left the copy has none.
Topology withFreshIds(const Topology &piece, const Topology &design, QPointF offset);

// The address after `ip` (last IPv4 octet within 1..254, last IPv6 group)
// that `taken` does not hold; empty when there is none.
QString nextFreeAddress(const QString &ip, const QSet<QString> &taken);

// "web12" -> "web", "fw" -> "fw": the id without its trailing digits.
QString idStemOf(const QString &id);

// A new node of `kind`, labelled with the kind and a number no node of the
// design already shows ("Firewall 4"), with a fresh id.
Node newNode(const Topology &design, NodeKind kind, QPointF pos);

} // namespace infralab
