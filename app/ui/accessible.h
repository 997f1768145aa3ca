#pragma once

class QDialogButtonBox;
class QWidget;

namespace lapor::Accessible {

// Gives the standard buttons of a dialog's button box (OK, Cancel, Close, …) a description
// for screen readers; their names are their texts.
void describeButtons(QDialogButtonBox *box);

// Names the controls Qt builds inside `window`'s widgets, which no form can reach: a tab
// bar's scroll buttons, a tool bar's overflow button, a line edit's clear button. Call it at the
// end of a window's constructor.
void nameInternals(QWidget *window);

} // namespace lapor::Accessible
