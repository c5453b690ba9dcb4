//! How the root lays the screen out: the screen's parts in the body (its
//! controls low in reach mode), the bar, the crisis banner, the staff
//! corner and the overlays; and the same, as plain text, for speech.

use iced::widget::{Column, Space, container, stack};
use iced::{Element, Length};

use super::{Kiosk, Message, chrome};
use crate::describe::ScreenText;
use crate::i18n::Language;
use crate::idle::IdleState;
use crate::ui::crisis::{self, Layer};
use crate::ui::focus::FocusScope;
use crate::ui::screen::{Env, staff};
use crate::ui::theme::TOUCH_GAP;
use crate::ui::widget::Ctx;

impl Kiosk {
    fn ctx(&self) -> Ctx {
        Ctx::new(
            &self.session,
            self.viewport,
            self.services.config().display.reach_mode,
        )
    }

    /// Lays the kiosk out; its controls register for keys and speech in a
    /// fresh focus scope, in reading order (the main area, the bar, then
    /// any overlay, which takes the focus to itself).
    pub fn view(&self) -> Element<'_, Message> {
        crate::ui::startup::viewed();
        // Where a text display takes typing, Space types a space.
        let typing = self.screen.typed(crate::keyboard::Key::Backspace).is_some();
        let select = self
            .select_keys
            .iter()
            .filter(|key| !(typing && *key == " "))
            .cloned()
            .collect();
        let scope = FocusScope::new(self.focus, select);
        self.scope.replace(scope.clone());
        let ctx = self.ctx().with_focus(scope.clone());
        let env = env!(self, self.services.clock().instant());
        let (info, controls) = self.screen.view(&ctx, &env);
        let (info, controls) = (info.map(Message::Screen), controls.map(Message::Screen));

        // In reach mode the controls sit in the lower part of the screen.
        let body = if ctx.reach_mode {
            Column::new()
                .spacing(TOUCH_GAP * 2.0)
                .push(info)
                .push(Space::new().height(Length::Fill))
                .push(controls)
        } else {
            Column::new()
                .spacing(TOUCH_GAP * 2.0)
                .push(info)
                .push(controls)
        };
        let body = container(body)
            .padding([32, 48])
            .width(Length::Fill)
            .height(Length::Fill);

        let bar = self.bar_view(&ctx);
        let active = self.active_crisis();
        let banner = crisis::banner(&ctx, &active).map(|b| b.map(Message::Crisis));
        let mut page = if ctx.reach_mode {
            Column::new().push(body).push(banner).push(bar)
        } else {
            Column::new().push(bar).push(banner).push(body)
        };
        if self.services.staff().assist() {
            page = page.push(staff::assist_marker(&ctx));
        }

        let mut layers = stack![
            page.width(Length::Fill).height(Length::Fill),
            staff::corner(Message::Corner(true), Message::Corner(false)),
        ];
        if self.picker_open {
            scope.begin_layer();
            layers = layers.push(self.picker(&ctx));
        }
        if let Some(layer @ (Layer::Full | Layer::Takeover)) = self.crisis.layer(&active) {
            scope.begin_layer();
            layers = layers.push(self.crisis_overlay(&ctx, &active, layer));
        }
        if let Some(offer) = &self.speech_offer {
            scope.begin_layer();
            layers = layers.push(self.speech_offer_overlay(&ctx, offer));
        }
        if let IdleState::Asking { seconds_left } = self.idle_state {
            scope.begin_layer();
            layers = layers.push(self.idle_overlay(&ctx, seconds_left));
        }
        layers.into()
    }

    /// The current screen as plain text in the visitor's language.
    pub fn describe(&self) -> ScreenText {
        self.describe_in(self.session.language)
    }

    /// The current screen as plain text in a given language (speech offers
    /// Swedish or English where the visitor's language has no voice).
    pub fn describe_in(&self, language: Language) -> ScreenText {
        if let IdleState::Asking { seconds_left } = self.idle_state {
            return chrome::describe_idle(language, seconds_left);
        }
        let active = crisis::active(
            &self.feeds,
            &self.feeds_config,
            language,
            self.services.now(),
        );
        match self.crisis.layer(&active) {
            Some(layer @ (Layer::Full | Layer::Takeover)) => {
                return crisis::describe(&active, layer, language);
            }
            Some(Layer::Banner) => {
                let mut text = self.describe_screen(language);
                if let Some(line) = crisis::describe_banner(&active, language) {
                    text.body.insert(0, line);
                }
                return text;
            }
            None => {}
        }
        self.describe_screen(language)
    }

    fn describe_screen(&self, language: Language) -> ScreenText {
        if self.picker_open {
            return chrome::describe_picker(self.services.config(), language);
        }
        let env = env!(self, self.services.clock().instant());
        self.screen.describe(&env, language)
    }
}
