#pragma once

#include <QString>

class QWidget;

namespace ClaimDesk::DatabaseProblemDialog {

// Tells the user why a database could not be opened and lets them choose
// another file or create a new one. Returns the path to try next, or an empty
// string to quit. The file at fault is never changed.
QString askForAnother(const QString& problem, QWidget* parent = nullptr);

} // namespace ClaimDesk::DatabaseProblemDialog
