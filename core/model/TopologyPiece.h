#pragma once

#include "Topology.h"

#include <QPointF>
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
Topology withFreshIds(const Topology &piece, const Topology &design, QPointF offset);

// "web12" -> "web", "fw" -> "fw": the id without its trailing digits.
QString idStemOf(const QString &id);

// A new node of `kind`, labelled with the kind and a number no node of the
// design already shows ("Firewall 4"), with a fresh id.
Node newNode(const Topology &design, NodeKind kind, QPointF pos);

} // namespace infralab
