#pragma once

#include "Document.h"
#include "inspector/InspectorDock.h"

#include <QTest>
#include <QUndoStack>

namespace infralab::testing {

// The properties dock on the default design, shown so that keys and clicks
// reach it. Tests add how they find their fields.
struct InspectorFixture
{
    Document document;
    InspectorDock dock{&document};

    InspectorFixture()
    {
        if (document.open(QStringLiteral("preset:secured-monitored")))
            qFatal("the default preset does not open");
        dock.resize(420, 900);
        dock.show();
        if (!QTest::qWaitForWindowExposed(&dock))
            qFatal("the dock is not shown");
    }

    const Node &node(const QString &id) const { return *document.topology().node(id); }
    QUndoStack *undo() const { return document.undoStack(); }
};

} // namespace infralab::testing
