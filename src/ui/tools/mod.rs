//! Developer and IT tooling built on the UI: the screenshots tool and the
//! measuring walk. The kiosk itself never imports these (they import it).

pub mod screenshots;
pub mod walk;
