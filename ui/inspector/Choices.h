#pragma once

#include <QList>
#include <QString>

namespace infralab {

// One value of a closed set as the inspector offers it: the file format's
// name, and the translated label and tooltip a user picks it by.
struct Choice
{
    QString value;
    QString label;
    QString tooltip;

    friend bool operator==(const Choice &, const Choice &) = default;
};

QList<Choice> tlsModeChoices();
QList<Choice> algorithmChoices();
QList<Choice> databaseRoleChoices();
QList<Choice> failoverChoices();
QList<Choice> ruleActionChoices();

} // namespace infralab
