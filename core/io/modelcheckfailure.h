// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/modelfilecheck.h"

#include <QCoreApplication>

namespace taktflow::core::detail {

/** The translation context and the failed outcome that the model and glTF pre-checks share. */
class ModelCheck
{
    Q_DECLARE_TR_FUNCTIONS(ModelFileCheck)

public:
    static ModelFileCheck fail(const QString &message)
    {
        ModelFileCheck check;
        check.error = message;
        return check;
    }
};

} // namespace taktflow::core::detail
