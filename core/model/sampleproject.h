// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/project.h"

namespace taktflow::core {

/**
 * The bundled sample: an electric motor plant with three layout alternatives
 * (the current functional layout, a cell layout and an automated line).
 */
Project makeSampleProject();

} // namespace taktflow::core
