"""Email channel: SMTP with STARTTLS (or implicit TLS), login when configured, timeouts."""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage

from worker.channels.base import DeliveryError, Message, headline, plain_text
from worker.config import EmailChannel
from worker.store.records import AlertView


def render(alert: AlertView) -> Message:
    return Message(subject=headline(alert)[:200], text=plain_text(alert))


def _compose(settings: EmailChannel, message: Message) -> EmailMessage:
    mail = EmailMessage()
    mail["Subject"] = message.subject
    mail["From"] = settings.sender
    mail["To"] = ", ".join(settings.to)
    mail.set_content(message.text)
    return mail


def send(settings: EmailChannel, message: Message) -> None:
    mail = _compose(settings, message)
    context = ssl.create_default_context()
    try:
        if settings.ssl:
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(settings.smtp_host, settings.smtp_port,
                                                  timeout=settings.timeout, context=context)
        else:
            smtp = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=settings.timeout)
        with smtp:
            if settings.starttls and not settings.ssl:
                smtp.starttls(context=context)
            if settings.username and settings.password is not None:
                smtp.login(settings.username, settings.password.get_secret_value())
            smtp.send_message(mail)
    except (smtplib.SMTPAuthenticationError, smtplib.SMTPRecipientsRefused,
            smtplib.SMTPSenderRefused, smtplib.SMTPNotSupportedError) as exc:
        # The server said no to this config: retrying will not change its mind.
        raise DeliveryError(f"smtp refused: {type(exc).__name__}: {exc}", retryable=False) from None
    except (OSError, smtplib.SMTPException) as exc:
        raise DeliveryError(f"smtp {settings.smtp_host}:{settings.smtp_port} failed: "
                            f"{type(exc).__name__}: {exc}", retryable=True) from None
