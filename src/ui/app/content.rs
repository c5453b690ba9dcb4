//! The root's part of content: a content override directory is checked for
//! changes once a minute, on a blocking thread (never the UI's); good new
//! content is served at once, broken content is kept out.

use iced::{Subscription, Task, time};

use super::{CONTENT_CHECK, Kiosk, Message};

impl Kiosk {
    /// The minute's content check as a task; one at a time.
    pub(super) fn content_task(&mut self) -> Task<Message> {
        if self.content_checking {
            return Task::none();
        }
        let Some(check) = self.services.content_check() else {
            return Task::none();
        };
        self.content_checking = true;
        Task::perform(check, Message::ContentChecked)
    }

    /// A content override is checked for changes once a minute.
    pub(super) fn content_subscription(&self) -> Subscription<Message> {
        if self.services.watches_content() {
            time::every(CONTENT_CHECK).map(|_| Message::ContentTick)
        } else {
            Subscription::none()
        }
    }
}
