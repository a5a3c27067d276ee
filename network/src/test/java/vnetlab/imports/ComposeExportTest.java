package vnetlab.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static vnetlab.imports.ComposeImportTest.fixture;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vnetlab.Lab;
import vnetlab.Net;
import vnetlab.model.Container;
import vnetlab.model.DockerEngine;
import vnetlab.model.Host;

/** lab.compose() writes a Compose file that builds the same containers, networks, addresses and ports again. */
class ComposeExportTest {

    private static DockerEngine dockerHost(Lab lab) {
        Host host = lab.lan("home", "192.168.1.0/24").host("docker-host", "192.168.1.2");
        DockerEngine docker = host.docker();
        docker.network("company-shared");
        return docker;
    }

    private static List<String> picture(DockerEngine docker) {
        return docker.containers().stream().map(Container::toString).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"shop/compose.yaml", "monitoring/compose.yaml", "legacy/docker-compose.yml", "lan/compose.yaml"})
    void an_exported_compose_file_builds_the_same_lab(String file) {
        // given
        Lab first = Net.newLab("first");
        DockerEngine a = dockerHost(first);
        a.compose(fixture(file));
        String exported = first.compose();
        // when
        Lab second = Net.newLab("second");
        DockerEngine b = dockerHost(second);
        b.compose(exported);
        // then
        assertThat(picture(b)).isEqualTo(picture(a));
        assertThat(second.compose()).isEqualTo(exported);
        assertThat(b.networks().stream().map(Object::toString).toList())
                .isEqualTo(a.networks().stream().map(Object::toString).toList());
    }

    @Test
    void containers_started_by_hand_export_too() {
        // given: the north-star chapter 4 cell
        Lab lab = Net.newLab("by hand");
        DockerEngine docker = lab.lan("home", "192.168.1.0/24").host("docker-host", "192.168.1.2").docker();
        docker.run("web", "nginx").publish(8080, 80);
        docker.run("api", "python:3.12").on(docker.network("backend"));
        // when
        String text = lab.compose();
        // then
        assertThat(text).isEqualTo("""
                # Written by vnetlab from Docker on docker-host
                name: docker-host
                services:
                  web:
                    image: nginx
                    container_name: web
                    network_mode: bridge
                    ports:
                      - "8080:80"
                  api:
                    image: python:3.12
                    container_name: api
                    networks:
                      backend:
                        ipv4_address: 172.18.0.2
                networks:
                  backend:
                    name: backend
                    ipam:
                      config:
                        - subnet: 172.18.0.0/16
                          gateway: 172.18.0.1
                """);
    }
}
