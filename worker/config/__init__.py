"""Configuration: one YAML file, loaded and validated once into typed records."""

from worker.config.loader import ConfigError, Problem, load_config, load_config_text
from worker.config.model import (
    ActorConfig,
    Config,
    ConsoleChannel,
    EmailChannel,
    FeedConfig,
    Route,
    SlackChannel,
)

__all__ = [
    "ActorConfig", "Config", "ConfigError", "ConsoleChannel", "EmailChannel", "FeedConfig",
    "Problem", "Route", "SlackChannel", "load_config", "load_config_text",
]
