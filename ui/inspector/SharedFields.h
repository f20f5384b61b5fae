#pragma once

#include "Choices.h"

#include "model/Node.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>

namespace infralab {

// A field the inspector can edit on several components at once: shown with
// one widget, written to every selected node. A node's address is not one:
// two machines cannot share it.
struct SharedField
{
    enum class Type { Text, Choice, Flag };

    QString key;            // "label" for the node's label, else a props key
    Type type = Type::Text;
    QString title;          // the form's row label, with its mnemonic
    QString name;           // in undo texts: "Change <name> on 3 components"
    QList<Choice> choices;  // Choice only
    QString flagText;       // Flag only: the check box's text
    // The value a node shows, defaults applied ("round-robin" when unset).
    std::function<QJsonValue(const Node &)> read;
};

class SharedFields
{
    Q_DECLARE_TR_FUNCTIONS(SharedFields)

public:
    // The fields every node of `kinds` has, in the order the inspector shows
    // them: the label for any mix, and a kind's own settings when all the
    // selected components are of that one kind.
    static QList<SharedField> of(const QSet<NodeKind> &kinds);

    // `node` with `field` set to `value`; an empty text removes a property.
    static Node applied(const Node &node, const SharedField &field, const QJsonValue &value);
};

} // namespace infralab
