"""Email channel: SMTP with STARTTLS (or implicit TLS), login when configured, timeouts."""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage

from worker.channels.base import DeliveryError, Message, headline, one_line, plain_text
from worker.config import EmailChannel
from worker.logs import log
from worker.store.records import AlertView


def render(alert: AlertView) -> Message:
    return Message(subject=headline(alert)[:200], text=plain_text(alert))


def _compose(settings: EmailChannel, message: Message) -> EmailMessage:
    mail = EmailMessage()
    mail["Subject"] = one_line(message.subject)
    mail["From"] = settings.sender
    mail["To"] = ", ".join(settings.to)
    mail.set_content(message.text)
    return mail


def _close(smtp: smtplib.SMTP) -> None:
    """QUIT, ignoring its answer: once the message is accepted, a grumpy goodbye must not
    make us send it again."""
    try:
        smtp.quit()
    except (OSError, smtplib.SMTPException):
        smtp.close()


def _temporary(code: int) -> bool:
    return 400 <= code < 500  # 4yz: try again later; 5yz: the server means no


def pace(settings: EmailChannel) -> None:
    return None  # no receiver-side rate limit to keep


def send(settings: EmailChannel, message: Message) -> None:
    mail = _compose(settings, message)
    context = ssl.create_default_context()  # STARTTLS verifies the certificate and host
    try:
        if settings.ssl:
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(settings.smtp_host, settings.smtp_port,
                                                  timeout=settings.timeout, context=context)
        else:
            smtp = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=settings.timeout)
        try:
            if settings.starttls and not settings.ssl:
                smtp.starttls(context=context)
            if settings.username and settings.password is not None:
                smtp.login(settings.username, settings.password.get_secret_value())
            refused = smtp.send_message(mail)
        finally:
            _close(smtp)
    except smtplib.SMTPRecipientsRefused as exc:
        codes = [code for code, _msg in exc.recipients.values()]
        raise DeliveryError(f"smtp refused every recipient: {sorted(exc.recipients)} {codes}",
                            retryable=all(_temporary(c) for c in codes)) from None
    except smtplib.SMTPResponseException as exc:
        raise DeliveryError(f"smtp answered {exc.smtp_code}: {exc.smtp_error!r}",
                            retryable=_temporary(exc.smtp_code)) from None
    except smtplib.SMTPNotSupportedError as exc:
        raise DeliveryError(f"smtp server lacks a needed extension: {exc}", retryable=False) from None
    except (OSError, smtplib.SMTPException) as exc:
        raise DeliveryError(f"smtp {settings.smtp_host}:{settings.smtp_port} failed: "
                            f"{type(exc).__name__}: {exc}", retryable=True) from None
    if refused:
        # Some recipients got it: sending again would repeat it to them. Say who did not.
        log.warning("email refused for some recipients", channel=settings.id,
                    refused={r: code for r, (code, _m) in refused.items()})
