//! How the root lays the screen out: the screen's parts in the body (its
//! controls low in reach mode), the bar, the crisis banner, the staff
//! corner and the overlays; and the same, as plain text, for speech.

use iced::widget::scrollable::{self, AbsoluteOffset, Scrollbar, Viewport};
use iced::widget::{Column, Id, Space, container, keyed_column, stack};
use iced::{Element, Length, Size, Task};

use super::{Kiosk, Message, chrome};
use crate::describe::ScreenText;
use crate::i18n::Language;
use crate::idle::IdleState;
use crate::session::TextSize;
use crate::t;
use crate::ui::crisis::{self, Layer};
use crate::ui::focus::FocusScope;
use crate::ui::screen::{Env, staff};
use crate::ui::theme::ButtonKind;
use crate::ui::theme::TOUCH_GAP;
use crate::ui::widget::Ctx;

/// The scrollable that holds the body of the pages that do not scroll
/// themselves.
const BODY: &str = "body";

/// A page as the body's scrolling knows it: a new page (another screen or
/// step, text size, language or window size) starts at the top, and says
/// again whether it fits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    screen: &'static str,
    step: &'static str,
    text_size: TextSize,
    language: Language,
    width: u32,
    height: u32,
}

/// Whether a viewport has more below what it shows (a page that fits
/// sends none: iced tells only when the content is larger).
fn more_below(viewport: &Viewport) -> bool {
    let (bounds, content) = (viewport.bounds(), viewport.content_bounds());
    content.height > bounds.height + 1.0
        && viewport.absolute_offset().y + bounds.height < content.height - 2.0
}

/// "More below" scrolls by most of what the body shows.
pub(super) fn scroll_down<M: Send + 'static>(window: Size) -> Task<M> {
    iced_runtime::widget::operation::scroll_by(
        Id::new(BODY),
        AbsoluteOffset {
            x: 0.0,
            y: (window.height * 0.6).round(),
        },
    )
}

impl Kiosk {
    /// The page on show, for the body's scrolling.
    fn page(&self) -> Page {
        let step = match self.screen.outcome() {
            Some((_, Err(step))) => step,
            Some((_, Ok(()))) => "end",
            None => "",
        };
        Page {
            screen: self.screen.name(),
            step,
            text_size: self.session.text_size,
            language: self.session.language,
            width: self.viewport.width as u32,
            height: self.viewport.height as u32,
        }
    }

    /// Whether the body on show has more below (and so the cue).
    pub fn has_more_below(&self) -> bool {
        self.more_below == Some((self.page(), true))
    }

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
        } else if self.screen.scrolls_itself() {
            Column::new()
                .spacing(TOUCH_GAP * 2.0)
                .push(info)
                .push(controls)
        } else {
            // A page that does not fit at a large text size scrolls, with
            // a visible bar and a "more below" button that keys reach
            // (issue 19); a page that fits looks as it always did.
            let page = self.page();
            let content = Column::new()
                .spacing(TOUCH_GAP * 2.0)
                .push(info)
                .push(controls)
                .padding(iced::Padding::ZERO.right(16).left(16));
            let scroll = scrollable::Scrollable::new(content)
                .id(Id::new(BODY))
                .direction(scrollable::Direction::Vertical(
                    Scrollbar::new().width(12).scroller_width(12),
                ))
                .on_scroll(move |viewport| Message::Body(page, more_below(&viewport)))
                .width(Length::Fill)
                .height(Length::Fill);
            // Keyed by the page: a new page starts at the top, not where
            // the last one was scrolled to.
            let mut body = Column::new()
                .spacing(TOUCH_GAP)
                .push(keyed_column([(page, scroll.into())]).height(Length::Fill));
            if self.has_more_below() {
                body = body.push(ctx.icon_button(
                    Some(crate::icons::ui::MORE_BELOW),
                    t!(ctx.language, "more-below"),
                    ButtonKind::Secondary,
                    Message::MoreBelow,
                ));
            }
            body
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
