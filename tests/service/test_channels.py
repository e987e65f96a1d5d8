"""Channels: pure renders, and sends against a loopback webhook sink and a real SMTP server."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from tests.conftest import SmtpSink, free_port
from tests.e2e.site import Site, running_site
from worker.channels import REGISTRY, DeliveryError
from worker.config import EmailChannel, SlackChannel
from worker.store.records import AlertView

ALERT = AlertView(
    delivery_id=1, channel_id="desk", actor_id="peskov", actor_name="Dmitry Peskov",
    article_title="Kremlin <rejects> US & EU claims", article_url="https://news.test/a?x=1&y=2",
    feed_name="Wire", statements=(("direct", "Nobody came here,", "Peskov"),
                                  ("indirect", "the date still needs to be agreed", "Peskov")),
)


def test_slack_render_is_block_kit_with_escaped_text() -> None:
    message = REGISTRY["slack"].render(ALERT)
    assert message.body["blocks"][0]["text"]["text"].startswith("Dmitry Peskov on the record")
    section = message.body["blocks"][1]["text"]["text"]
    assert "“Nobody came here,”" in section and "the date still needs" in section
    context = message.body["blocks"][2]["elements"][0]["text"]
    assert "&lt;rejects&gt;" in context and "&amp;" in context
    assert "Nobody came here" in message.body["text"]  # the fallback for notifications


def test_email_and_console_render_plain_text() -> None:
    for name in ("email", "console"):
        message = REGISTRY[name].render(ALERT)
        assert message.subject.startswith("Dmitry Peskov on the record")
        assert "- “Nobody came here,” (Peskov, direct)" in message.text
        assert ALERT.article_url in message.text


@pytest.fixture
def site() -> Iterator[Site]:
    with running_site() as s:
        yield s


def _slack(url: str) -> SlackChannel:
    return SlackChannel(id="desk", type="slack", webhook_url=url, timeout=3)


def test_slack_send_posts_json(site: Site) -> None:
    slack = REGISTRY["slack"]
    slack.send(_slack(site.url("/hook")), slack.render(ALERT))
    assert site.recorder.posted()[0]["blocks"][0]["type"] == "header"


@pytest.mark.parametrize(("status", "retryable"), [(500, True), (503, True), (429, True),
                                                    (404, False), (403, False)])
def test_slack_errors_say_whether_to_retry(site: Site, status: int, retryable: bool) -> None:
    site.post_status = status
    with pytest.raises(DeliveryError) as err:
        REGISTRY["slack"].send(_slack(site.url("/hook")), REGISTRY["slack"].render(ALERT))
    assert err.value.retryable is retryable


def test_unreachable_slack_is_retryable_and_keeps_the_url_secret() -> None:
    url = f"http://127.0.0.1:{free_port()}/services/T000/B000/SECRETTOKEN"
    with pytest.raises(DeliveryError) as err:
        REGISTRY["slack"].send(_slack(url), REGISTRY["slack"].render(ALERT))
    assert err.value.retryable and "SECRETTOKEN" not in str(err.value)


def _email(port: int, **kw: object) -> EmailChannel:
    return EmailChannel.model_validate({"id": "mail", "type": "email", "smtp_host": "127.0.0.1",
                                        "smtp_port": port, "starttls": False, "from": "a@onrecord.test",
                                        "to": ["b@onrecord.test", "c@onrecord.test"], "timeout": 5, **kw})


def test_email_send_reaches_smtp_server(smtp_sink) -> None:  # type: ignore[no-untyped-def]
    sink, port = smtp_sink
    REGISTRY["email"].send(_email(port), REGISTRY["email"].render(ALERT))
    assert sink.messages[0]["To"] == "b@onrecord.test, c@onrecord.test"
    assert "Nobody came here" in sink.bodies()[0]


def test_unreachable_smtp_is_retryable() -> None:
    with pytest.raises(DeliveryError) as err:
        REGISTRY["email"].send(_email(free_port()), REGISTRY["email"].render(ALERT))
    assert err.value.retryable


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_refused_login_is_not_retryable() -> None:
    def authenticator(server, session, envelope, mechanism, auth_data):  # type: ignore[no-untyped-def]
        return AuthResult(success=auth_data.password == b"right", handled=False)

    port = free_port()
    controller = Controller(SmtpSink(), hostname="127.0.0.1", port=port, authenticator=authenticator,
                            auth_required=True, auth_require_tls=False)
    controller.start()
    try:
        with pytest.raises(DeliveryError) as err:
            REGISTRY["email"].send(_email(port, username="alerts", password="wrong"),
                                   REGISTRY["email"].render(ALERT))
        assert not err.value.retryable and "wrong" not in str(err.value)
        REGISTRY["email"].send(_email(port, username="alerts", password="right"),
                               REGISTRY["email"].render(ALERT))
    finally:
        controller.stop()


class PickySink(SmtpSink):
    """Refuses some recipients at RCPT TO, as a real server would."""

    def __init__(self, answers: dict[str, str]) -> None:
        super().__init__()
        self.answers = answers

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # type: ignore[no-untyped-def]
        if address in self.answers:
            return self.answers[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"


@pytest.mark.parametrize(("answer", "retryable"), [("451 4.3.0 try again later", True),
                                                   ("550 5.1.1 no such user", False)])
def test_smtp_4yz_is_retried_and_5yz_is_not(answer: str, retryable: bool) -> None:
    sink = PickySink({"b@onrecord.test": answer, "c@onrecord.test": answer})
    port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        with pytest.raises(DeliveryError) as err:
            REGISTRY["email"].send(_email(port), REGISTRY["email"].render(ALERT))
        assert err.value.retryable is retryable
    finally:
        controller.stop()


def test_partly_refused_recipients_do_not_fail_the_others(capsys) -> None:  # type: ignore[no-untyped-def]
    sink = PickySink({"c@onrecord.test": "550 5.1.1 no such user"})
    port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        REGISTRY["email"].send(_email(port), REGISTRY["email"].render(ALERT))  # no raise: b got it
    finally:
        controller.stop()
    assert len(sink.messages) == 1
    logged = capsys.readouterr()
    assert "c@onrecord.test" in logged.out + logged.err  # said in the log


def test_feed_text_cannot_inject_email_headers_or_slack_mentions(smtp_sink) -> None:  # type: ignore[no-untyped-def]
    sink, port = smtp_sink
    hostile = AlertView(
        delivery_id=2, channel_id="mail", actor_id="x", actor_name="X",
        article_title="Scoop\r\nBcc: victim@evil.test", article_url="https://news.test/b",
        feed_name="Wire <!channel>", statements=(("direct", "Hi <!here> <@U0123> <https://evil|bank>", "X"),),
    )
    REGISTRY["email"].send(_email(port), REGISTRY["email"].render(hostile))
    mail = sink.messages[0]
    assert mail["Bcc"] is None and "\n" not in mail["Subject"] and "Scoop Bcc:" in mail["Subject"]
    slack = REGISTRY["slack"].render(hostile).body
    flat = str(slack)
    assert "<!here>" not in flat and "<!channel>" not in flat and "<@U0123>" not in flat
    assert "&lt;!here&gt;" in flat


def test_slack_429_carries_retry_after(site: Site) -> None:
    site.post_status = 429
    site.post_headers = {"Retry-After": "17"}
    with pytest.raises(DeliveryError) as err:
        REGISTRY["slack"].send(_slack(site.url("/hook")), REGISTRY["slack"].render(ALERT))
    assert err.value.retryable and err.value.retry_after == 17.0


def test_slack_blocks_stay_within_limits_and_links_cannot_be_broken() -> None:
    long = dataclasses.replace(ALERT, article_title="<!channel> " + "t" * 5000,
                               article_url="https://news.test/a?q=1&x=<!here>|evil",
                               statements=(("direct", "w" * 9000, "X"),))
    body = REGISTRY["slack"].render(long).body
    for block in body["blocks"]:
        texts = [block["text"]["text"]] if "text" in block else [e["text"] for e in block["elements"]]
        assert all(len(t) < 3000 for t in texts)
    context = body["blocks"][2]["elements"][0]["text"]
    link_target = context.split("<", 1)[1].split("|", 1)[0]
    assert "<" not in link_target and ">" not in link_target and "!here" in link_target
    assert "<!" not in body["text"]


def test_a_bug_inside_a_channel_becomes_a_delivery_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from worker.config import load_config_text
    from worker.deliver import send_alert

    config = load_config_text("channels: [{id: desk, type: console}]")
    monkeypatch.setattr(REGISTRY["console"], "send", lambda *_a: 1 / 0)
    with pytest.raises(DeliveryError) as err:
        send_alert(config, dataclasses.replace(ALERT, channel_id="desk"))
    assert err.value.retryable and "ZeroDivisionError" in str(err.value)


def test_webhook_url_from_a_secret_file_loses_its_newline() -> None:
    assert _slack("https://hooks.test/T/B/x\n").webhook_url.get_secret_value() == "https://hooks.test/T/B/x"


def test_a_grumpy_quit_after_acceptance_does_not_resend() -> None:
    class GrumpySink(SmtpSink):
        async def handle_QUIT(self, server, session, envelope):  # type: ignore[no-untyped-def]
            return "421 closing"

    sink = GrumpySink()
    port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        REGISTRY["email"].send(_email(port), REGISTRY["email"].render(ALERT))  # no raise
    finally:
        controller.stop()
    assert len(sink.messages) == 1
